# Item assignment for format 'B': unsigned char range, ints and bools only.
m = memoryview(bytearray(16)).cast("B")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [0, 1, 255, True, -1, 256, 1000, 2 ** 70, 2.0, "a", b"a", bytearray(b"a"), None, ()]:
    put(v)
print(m.tolist())
