# tobytes() of array views equals array.tobytes(), including slices.
import array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3, 4, 5])
    m = memoryview(a)
    print(tc, m.tobytes() == a.tobytes(), m[1:4].tobytes() == a[1:4].tobytes(),
          m[::-2].tobytes() == a[::-2].tobytes(), len(m.tobytes()) == m.nbytes)
