# Slices are zero-copy: writes through a slice appear in the base and other views.
b = bytearray(b"abcdefgh")
m = memoryview(b)
s = m[2:6]
r = m[::-1]
s[0] = ord("X")
print(b, m[2], r[5])
r[0] = ord("Z")
print(b, s.tobytes(), m.tobytes())
b[3] = ord("Y")
print(s.tolist(), r.tobytes())
