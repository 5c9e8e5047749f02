# Item assignment for format 'l': signed long range (64-bit).
m = memoryview(bytearray(16)).cast("l")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, -2 ** 63, 2 ** 63 - 1, -1, -2 ** 63 - 1, 2 ** 63, 2 ** 64, 1.0, "1", None]:
    put(v)
print(m.tolist())
