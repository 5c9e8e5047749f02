# Format 'c' views items as one-byte bytes objects.
m = memoryview(b"abc\x00\xff").cast("c")
print(m.format, m.tolist(), m[0], m[-1], list(m), m.tobytes())
w = memoryview(bytearray(b"xyz")).cast("c")
w[1] = b"Y"
print(w.obj, w.cast("B").tolist(), w.cast("c", [3]).tolist())
print(memoryview(b"abcd").cast("c", [2, 2]).tolist())
