# Attributes of a 2-D view made by cast with a shape.
b = bytearray(range(12))
m = memoryview(b).cast("B", [3, 4])
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m.tolist())
