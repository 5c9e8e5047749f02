# Item assignment for format 'i': signed int range.
m = memoryview(bytearray(16)).cast("i")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, -2 ** 31, 2 ** 31 - 1, -1, -2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 100, 0.0, "0", None]:
    put(v)
print(m.tolist())
