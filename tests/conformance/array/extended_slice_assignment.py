# Assignment to slices with a step needs an array of exactly the slice's length.
import array

a = array.array('h', range(10))
a[::2] = array.array('h', [0, 0, 0, 0, 0])
print(a)
a[1::3] = array.array('h', [-1, -2, -3])
print(a)
a[::-1] = array.array('h', range(10))
print(a)
a[8:2:-2] = array.array('h', [77, 66, 55])
print(a)
a[::1] = array.array('h', [5])
print(a)
b = array.array('h', range(6))
b[::2] = b[1::2]
print(b)
b[::-1] = b
print(b)
for value in [array.array('h', [1]), array.array('h', [1, 2, 3, 4])]:
    try:
        b[::2] = value
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b[::2] = array.array('h')
    print(b)
except ValueError as e:
    print(type(e).__name__, e)
