# Formats P, n and N round-trip through bytes like other 8-byte integers.
b = bytearray(24)
for fmt in "PnN":
    m = memoryview(b).cast(fmt)
    m[0] = 1
    m[2] = 2 ** 62
    print(fmt, m.itemsize, m.tolist(), m.cast("B").cast(fmt) == m, memoryview(b).cast("q").tolist())
m = memoryview(b).cast("n")
m[1] = -5
print(m.tolist(), memoryview(b).cast("N")[1] == 2 ** 64 - 5)
