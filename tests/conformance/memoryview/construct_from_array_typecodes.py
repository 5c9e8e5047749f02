# memoryview over array.array: the view's format and itemsize follow the typecode.
import array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.readonly, m.shape, m.strides, m.nbytes, m.tolist())
    print("  obj", m.obj is a, len(m), m.tobytes() == a.tobytes())
