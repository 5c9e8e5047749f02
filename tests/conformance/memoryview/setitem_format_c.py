# Item assignment for format 'c': exactly one byte as bytes; ints are refused.
m = memoryview(bytearray(16)).cast("c")
def put(v):
    try:
        m[1] = v
        print(repr(v), "->", repr(m[1]))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
for v in [b"x", b"\x00", b"\xff", bytearray(b"y"), b"", b"ab", b"\xff\xff", 65, "a", None, b"zz"[1:], 1.0]:
    put(v)
print(m.tolist())
