# Item assignment for format 'L': unsigned long range (64-bit).
m = memoryview(bytearray(16)).cast("L")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 2 ** 64 - 1, 3, -1, 2 ** 64, 2 ** 65, -2 ** 63, 3.0, "3", None]:
    put(v)
print(m.tolist())
