# An array initializer: copied as machine values if the typecode is the same, else item by item.
import array

a = array.array('i', [1, 2, 3])
b = array.array('i', a)
b[0] = 100
print(a, b, a is b)
print(array.array('d', a))
print(array.array('q', array.array('B', [255, 0])))
print(array.array('b', array.array('d', [])))
print(array.array('w', array.array('u', 'hi')))
print(array.array('u', array.array('w', 'yo')))
try:
    array.array('i', array.array('d', [1.5]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('B', array.array('i', [256]))
except OverflowError as e:
    print(type(e).__name__, e)
for code in 'bBhHiIlLqQfd':
    try:
        array.array(code, array.array('w', 'ab'))
    except TypeError as e:
        print(type(e).__name__, e)
