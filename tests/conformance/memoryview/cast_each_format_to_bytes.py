# Every format casts to the byte formats B, b and c.
import array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2])
    m = memoryview(a)
    for bf in "Bbc":
        v = m.cast(bf)
        print(tc, bf, v.shape, v.strides, v.readonly, v.tolist() == (list(a.tobytes()) if bf == "B" else v.tolist()))
    print("  ", m.cast("B").tolist())
