# a + b joins two arrays of the same typecode into a new array.
import array

a = array.array('i', [1, 2])
b = array.array('i', [3])
c = a + b
print(c, a, b, c is a)
print(a + array.array('i'), array.array('i') + array.array('i'))
print(array.array('w', 'ab') + array.array('w', 'cd'))
print(array.array('d', [0.5]) + array.array('d', [1.5]))
for other in [[3], (3,), 3, 'x', b'x', None]:
    try:
        a + other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a + array.array('l', [3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('u', 'a') + array.array('w', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print(a.__add__(b))
