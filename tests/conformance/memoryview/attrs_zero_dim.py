# A 0-dim view (cast with shape []) has no shape, no strides and one item.
import array
a = array.array("i", [1234])
m = memoryview(a).cast("B").cast("i", [])
print(m.obj is a, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
print(m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist(), m[()], m.tobytes() == a.tobytes())
b = memoryview(b"z").cast("c", [])
print(b.ndim, b.shape, b.strides, b.readonly, b.tolist(), b[()])
