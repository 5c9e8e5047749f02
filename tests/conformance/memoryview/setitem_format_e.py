# Item assignment for format 'e': half floats, rounded, with overflow as ValueError.
m = memoryview(bytearray(16)).cast("e")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [1.5, -0.0, 65504.0, 65519.0, 65520.0, 1e10, 0.1, 3, True, 2 ** 20, "1.5", None, float("inf"), -float("inf")]:
    put(v)
print(m.tolist())
