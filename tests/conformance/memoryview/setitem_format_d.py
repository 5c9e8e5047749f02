# Item assignment for format 'd': doubles; ints convert, huge ints overflow.
m = memoryview(bytearray(16)).cast("d")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [1.5, 0.1, -1e308, 1e308, 7, True, 2 ** 1000, 2 ** 1024, -2 ** 1024, float("inf"), "1.0", None, (1.0,)]:
    put(v)
print(m.tolist())
