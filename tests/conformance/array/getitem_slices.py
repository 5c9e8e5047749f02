# Slices make new arrays of the same typecode.
import array

a = array.array('i', range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])
print(a[5:2], a[20:30], a[-100:2], a[3:3])
b = a[:]
b[0] = 99
print(a[0], b[0], b is a, b == a)
print(type(a[1:2]).__name__, a[1:2].typecode)
for code in 'bdw':
    c = array.array(code, 'abcdef' if code == 'w' else [1, 2, 3, 4, 5, 6])
    print(c[1:4], c[::2])
print(a[None:4], a[2:None], a[None:None:None])
try:
    a['a':2]
except TypeError as e:
    print(type(e).__name__, e)
