# str() and repr() still work after release; a released view equals only itself.
import array
for tp in [bytes, bytearray, lambda s: array.array("B", s)]:
    b = tp(b"abcdef")
    m = memoryview(b)
    r = repr(m)
    print(r[:r.index(" at ")], str(m).startswith("<memory at "))
    m.release()
    r = repr(m)
    print(r[:r.index(" at ")], str(m).startswith("<released memory at "), str(m) == repr(m))
    print(m == m, m != m, m == memoryview(tp(b"abcdef")), m != tp(b"abcdef"), tp(b"abcdef") == m)
