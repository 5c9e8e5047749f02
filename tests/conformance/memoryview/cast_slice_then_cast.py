# A contiguous slice casts relative to its own start.
import array
a = array.array("i", [1, 2, 3, 4])
m = memoryview(a).cast("B")
v = m[4:12].cast("i")
print(v.tolist(), v.obj is a, v.nbytes)
v[0] = 20
print(a)
w = m[8:].cast("B", [2, 4])
print(w.tolist()[0][0], w.shape)
print(memoryview(b"abcdefgh")[2:6].cast("h").tolist() == memoryview(b"cdef").cast("h").tolist())
