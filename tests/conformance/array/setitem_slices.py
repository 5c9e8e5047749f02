# Slice assignment takes arrays of the same typecode and may resize.
import array

a = array.array('i', range(6))
a[1:3] = array.array('i', [10, 11, 12, 13])
print(a)
a[0:4] = array.array('i')
print(a)
a[1:1] = array.array('i', [7, 7])
print(a)
a[len(a):] = array.array('i', [100])
print(a)
a[:] = array.array('i', [1, 2, 3])
print(a)
a[:2] = a
print(a)
a[5:2] = array.array('i', [0])
print(a)
a[-2:] = array.array('i', [-1, -2, -3])
print(a)
a[:] = a[::-1]
print(a)
w = array.array('w', 'hello')
w[1:4] = array.array('w', 'ipp')
w[5:] = array.array('w', ' world')
print(w)
