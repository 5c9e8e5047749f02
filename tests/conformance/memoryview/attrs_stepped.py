# A stepped slice is not contiguous: strides are step * itemsize.
import array
b = bytes(range(10))
m = memoryview(b)[::2]
print(m.obj is b, m.nbytes, m.itemsize, m.shape, m.strides)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.tolist())
a = array.array("i", range(10))
m = memoryview(a)[1::3]
print(m.nbytes, m.itemsize, m.shape, m.strides)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.tolist())
