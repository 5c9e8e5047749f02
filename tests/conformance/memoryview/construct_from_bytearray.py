# memoryview over bytearray: writable, and writes go to the bytearray.
ba = bytearray(b"hello")
m = memoryview(ba)
print(m.obj is ba, m.readonly, m.format, m.itemsize)
print(m.ndim, m.shape, m.strides, m.suboffsets)
print(len(m), m.nbytes, m.tolist())
m[0] = 72
print(ba)
ba[1] = 69
print(m[1], m.tobytes())
