# Item assignment for format 'Q': unsigned long long range.
m = memoryview(bytearray(16)).cast("Q")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 2 ** 64 - 1, 12345678901234567890, -1, 2 ** 64, False, 2.5, "x", None]:
    put(v)
print(m.tolist())
