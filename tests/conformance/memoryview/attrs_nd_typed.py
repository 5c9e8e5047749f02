# N-D views of wider formats: strides multiply the itemsize.
import array
a = array.array("i", range(12))
m = memoryview(a).cast("B").cast("i", [2, 6])
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.tolist())
m = memoryview(a).cast("B").cast("h", [2, 3, 4])
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.ndim)
m = memoryview(a).cast("B").cast("d", [3, 2])
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, len(m))
m = memoryview(a).cast("B").cast("q", [1, 1, 6])
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, len(m))
