# Casting bytes to '?' reads each byte's truth; casting back shows the raw bytes.
b = bytearray([0, 1, 0, 1])
m = memoryview(b).cast("?")
print(m.format, m.tolist(), list(m))
m[0] = True
m[1] = 0
print(b, m.cast("B").tolist())
print(memoryview(bytes([0, 1, 1, 0])).cast("?", [2, 2]).tolist())
