# Item assignment for format 'H': unsigned short range.
m = memoryview(bytearray(16)).cast("H")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 65535, 1, True, -1, 65536, 2 ** 40, 1.0, b"ab", None]:
    put(v)
print(m.tolist())
