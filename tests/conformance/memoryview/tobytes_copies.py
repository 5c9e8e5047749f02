# tobytes() and bytes(m) return independent bytes objects, not views.
b = bytearray(b"abc")
m = memoryview(b)
t = m.tobytes()
c = bytes(m)
b[0] = ord("X")
print(t, c, m.tobytes(), type(t).__name__, type(c).__name__)
print(memoryview(b"xyz").tobytes() == b"xyz", bytes(memoryview(b"")) == b"")
