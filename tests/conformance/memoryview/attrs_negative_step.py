# Negative steps give negative strides.
import array
b = bytearray(range(8))
m = memoryview(b)[::-1]
print(m.shape, m.strides, m.nbytes, m.c_contiguous, m.contiguous, m.tolist())
m = memoryview(b)[6:1:-2]
print(m.shape, m.strides, m.nbytes, m.c_contiguous, m.contiguous, m.tolist())
a = array.array("d", [0.0, 1.0, 2.0, 3.0])
m = memoryview(a)[::-1]
print(m.shape, m.strides, m.nbytes, m.itemsize, m.tolist())
m = memoryview(a)[::-3]
print(m.shape, m.strides, m.nbytes, m.tolist())
