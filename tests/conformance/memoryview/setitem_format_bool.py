# Item assignment for format '?': any object is stored as its truth value.
m = memoryview(bytearray(4)).cast("?")
for v in [True, False, 0, 1, 2, -1, 0.0, 0.5, "", "x", b"", b"\x00", [], [0], (), None, 2 ** 100]:
    m[2] = v
    print(repr(v), "->", m[2], m.obj[2])
print(m.tolist())
