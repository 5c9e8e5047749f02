# Item assignment for format 'I': unsigned int range.
m = memoryview(bytearray(16)).cast("I")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 2 ** 32 - 1, 7, -1, 2 ** 32, -2 ** 31, 2 ** 100, 7.0, [7], None]:
    put(v)
print(m.tolist())
