# Attributes of views over array('f') and array('d').
import array
for tc in "fd":
    a = array.array(tc, [0.5, 1.5, -2.25])
    m = memoryview(a)
    print(tc, m.nbytes, m.readonly, m.itemsize, repr(m.format), m.ndim)
    print("  ", m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
    print("  ", m.tolist(), m[1], m[-1])
