# array -> bytes -> original format round-trips to an equal view (test_memoryview_cast).
import array
for tc, vals in [("b", [-1, 2, -3]), ("B", [1, 200, 3]), ("h", [-300, 2, 3]), ("H", [60000, 2, 3]),
                 ("i", [-2 ** 31, 0, 1]), ("I", [2 ** 32 - 1, 0, 1]), ("l", [-1, 0, 1]), ("L", [2 ** 64 - 1, 0, 1]),
                 ("q", [-5, 0, 5]), ("Q", [5, 0, 5]), ("f", [1.5, -0.5, 2.0]), ("d", [0.1, 0.2, 0.3])]:
    a = array.array(tc, vals)
    m = memoryview(a)
    for bf in "Bbc":
        m2 = m.cast(bf)
        m3 = m2.cast(tc)
        print(tc, bf, m3 == a, m3.tolist() == a.tolist(), m3.format, m3.shape, m3.strides, m3.readonly, m3.obj is a)
