# A contiguous slice keeps the exporter and itemsize but has its own shape and nbytes.
import array
a = array.array("h", range(10))
m = memoryview(a)[2:7]
print(m.obj is a, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist())
