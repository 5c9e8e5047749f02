# Slices, casts and read-only views are released independently of their source.
b = bytearray(b"abcdef")
m = memoryview(b)
s = m[1:4]
c = m.cast("c")
r = m.toreadonly()
m.release()
print(s.tolist(), c.tolist()[:2], r.tolist()[-1])
s.release()
print(c.tobytes(), r.readonly)
c.release()
r.release()
b.extend(b"gh")
print(b)
