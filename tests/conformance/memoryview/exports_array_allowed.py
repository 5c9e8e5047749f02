# Operations that keep an array's size stay allowed while it is exported, except deleting
# an empty slice, which CPython refuses anyway.
import array
a = array.array("h", [1, 2, 3, 4])
m = memoryview(a)
a[0] = 10
a[1:3] = array.array("h", [20, 30])
a.reverse()
a.byteswap()
a.byteswap()
a += array.array("h")
a *= 1
a.extend([])
a.frombytes(b"")
a.fromlist([])
print(a, m.tolist())
try:
    del a[1:1]
except BufferError as e:
    print("BufferError", e)
