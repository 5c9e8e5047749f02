# Any other iterable is iterated and its items appended one by one.
import array

print(array.array('i', range(5)))
print(array.array('d', range(3)))
print(array.array('b', (x - 3 for x in range(6))))
print(array.array('i', iter([7, 8, 9])))
print(array.array('q', {10: 'a', 20: 'b'}))
print(array.array('w', iter('xyz')))
print(array.array('B', reversed(range(4))))
print(array.array('h', map(abs, [-1, -2, 3])))
try:
    array.array('i', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('b', range(126, 130))
except OverflowError as e:
    print(type(e).__name__, e)
