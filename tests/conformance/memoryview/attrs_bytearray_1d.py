# Every attribute of a 1-D view over a bytearray.
b = bytearray(b"abcdefgh")
m = memoryview(b)
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
b2 = bytearray()
e = memoryview(b2)
print(e.obj is b2, e.nbytes, e.readonly, e.itemsize, repr(e.format), e.ndim)
print(e.shape, e.strides, e.suboffsets, e.c_contiguous, e.f_contiguous, e.contiguous)
