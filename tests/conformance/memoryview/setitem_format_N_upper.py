# Item assignment for format 'N': size_t range.
m = memoryview(bytearray(16)).cast("N")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 2 ** 64 - 1, 5, -1, 2 ** 64, 5.0, b"5", None]:
    put(v)
print(m.tolist())
