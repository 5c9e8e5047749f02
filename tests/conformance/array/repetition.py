# a * n and n * a repeat the items; counts below one give an empty array.
import array

a = array.array('h', [1, -2])
print(a * 3, 3 * a, a * 1, a * 0, a * -5, True * a)
print(array.array('w', 'ab') * 2, array.array('d') * 10)
b = a * 1
print(b == a, b is a)
for count in [1.5, '2', None, [2]]:
    try:
        a * count
    except TypeError as e:
        print(type(e).__name__, e)
try:
    2.5 * a
except TypeError as e:
    print(type(e).__name__, e)
for count in [2**100, -2**100]:
    try:
        a * count
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    a * 2**62
except MemoryError as e:
    print(type(e).__name__)
print(array.array('i') * 2**62)
print(a.__mul__(2), a.__rmul__(2))
