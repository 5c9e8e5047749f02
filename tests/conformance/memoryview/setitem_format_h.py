# Item assignment for format 'h': signed short range.
m = memoryview(bytearray(16)).cast("h")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, -32768, 32767, -1, 1, -32769, 32768, 65535, 2 ** 40, 3.0, "x", None]:
    put(v)
print(m.tolist())
