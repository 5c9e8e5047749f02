# Item assignment for format 'f': single floats, rounded to the nearest float.
m = memoryview(bytearray(16)).cast("f")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [1.5, 0.1, -2.75, 3.4e38, -3.4e38, 1e-50, 7, True, 2 ** 100, float("inf"), -float("inf"), "1.0", b"1", None, [1.0]]:
    put(v)
print(m.tolist())
