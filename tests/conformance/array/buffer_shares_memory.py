# A memoryview of an array reads and writes the array's own memory.
import array

a = array.array('h', [1, 2, 3])
m = memoryview(a)
m[0] = -1
m[1:3] = array.array('h', [20, 30])
print(a)
a[2] = 300
print(m[2], m.tolist())
b = m.cast('B')
b[0] = 0
print(a, len(b))
w = array.array('w', 'abc')
mw = memoryview(w)
print(mw.tolist(), mw[1])
mw[1] = 'Z'
print(w)
b.release()
m.release()
mw.release()
