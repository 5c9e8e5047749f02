# memoryview over bytes: a read-only, one-dimensional view of unsigned bytes.
b = b"hello"
m = memoryview(b)
print(m.obj is b, m.readonly, m.format, m.itemsize)
print(m.ndim, m.shape, m.strides, m.suboffsets)
print(len(m), m.nbytes, m.tolist())
print(m.tobytes(), bytes(m) == b)
print(m[0], m[-1], type(m[0]).__name__)
print(type(m).__name__, isinstance(m, memoryview))
