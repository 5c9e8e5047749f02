# Item assignment for format 'n': signed size_t range.
m = memoryview(bytearray(16)).cast("n")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, -2 ** 63, 2 ** 63 - 1, -2 ** 63 - 1, 2 ** 63, 5, 5.0, "5", None]:
    put(v)
print(m.tolist())
