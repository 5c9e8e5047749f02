# Item writes through a view of an array change the array, for every typecode.
import array
for tc, v in [("b", -5), ("B", 200), ("h", -300), ("H", 60000), ("i", -70000), ("I", 4000000000),
              ("l", -2 ** 40), ("L", 2 ** 63), ("q", -2 ** 62), ("Q", 2 ** 64 - 2), ("f", 0.25), ("d", -1e100)]:
    a = array.array(tc, [0, 0, 0])
    m = memoryview(a)
    m[1] = v
    m[-1] = v
    print(tc, a.tolist(), m.tolist() == a.tolist())
