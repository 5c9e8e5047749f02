# Byte formats cast freely among themselves.
b = bytes([0, 127, 128, 255])
m = memoryview(b)
for a in "Bbc":
    for c in "Bbc":
        v = m.cast(a).cast(c)
        print(a, c, v.format, v.tolist())
print(m.cast("@b").cast("@c").cast("B").tolist())
