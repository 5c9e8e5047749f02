# Item assignment for format 'P': pointers as ints, negatives wrap, floats refused.
m = memoryview(bytearray(16)).cast("P")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 1, 4096, 2 ** 64 - 1, 2 ** 64, -1, -2 ** 63, -2 ** 63 - 1, 1.0, "1", None]:
    put(v)
print(m.tolist())
