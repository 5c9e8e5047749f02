# memoryview(m) is a new view over the same exporter, with the same layout.
b = bytearray(b"abcdef")
m = memoryview(b)
m2 = memoryview(m)
print(m2 is m, m2.obj is b, m2 == m)
print(m2.format, m2.shape, m2.strides, m2.readonly)
m2[0] = 65
print(m[0], b[0], b)
s = memoryview(m[1:5:2])
print(s.shape, s.strides, s.tolist(), s.obj is b)
c = memoryview(m.cast("B", [2, 3]))
print(c.ndim, c.shape, c.strides, c.tolist())
