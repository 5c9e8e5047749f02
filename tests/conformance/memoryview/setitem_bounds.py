# Item assignment bounds and index types follow the getitem rules.
import sys
m = memoryview(bytearray(b"abcdef"))
def put(k, v):
    try:
        m[k] = v
        print(repr(k), "ok")
    except Exception as e:
        print(repr(k), type(e).__name__, e)
for k in [5, -6, 6, -7, sys.maxsize, -sys.maxsize, 2 ** 64, True]:
    put(k, 65)
for k in [0.0, "a", None, (0,), (0, 0), (slice(0, 1, 1), 0), (0, slice(0, 1, 1))]:
    put(k, 66)
print(m.tobytes())
