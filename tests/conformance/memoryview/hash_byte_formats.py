# hash(m) == hash(m.tobytes()) for the byte formats, and equal views hash equal.
b = bytes([0, 1, 127, 128, 255])
m = memoryview(b)
for fmt in ["B", "b", "c", "@B", "@b", "@c"]:
    v = m.cast(fmt)
    print(fmt, hash(v) == hash(v.tobytes()), hash(v) == hash(b))
x = memoryview(bytes(range(12)))
y = memoryview(bytes(range(12))).cast("b")
print(x == y, hash(x) == hash(y))
