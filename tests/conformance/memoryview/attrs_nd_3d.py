# Attributes of a 3-D view: strides are C order, len is the first dimension.
b = bytes(range(24))
m = memoryview(b).cast("B", [2, 3, 4])
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m.tolist())
