# Attributes of a view over array('i'): itemsize 4 and strides in bytes.
import array
a = array.array("i", [10, 20, 30, 40, 50])
m = memoryview(a)
print(m.obj is a, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m.nbytes == len(m) * m.itemsize)
