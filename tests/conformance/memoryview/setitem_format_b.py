# Item assignment for format 'b': signed char range, ints and bools only.
m = memoryview(bytearray(16)).cast("b")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, -1, -128, 127, True, False, -129, 128, 255, 2 ** 64, -(2 ** 64), 1.0, 1.5, "1", b"\x01", None, [1]]:
    put(v)
print(m.tolist())
