# hex() of N-D and 0-dim views covers all their bytes in C order.
m = memoryview(bytes(range(12))).cast("B", [3, 4])
print(m.hex(), m.hex(" ", 4), m[::-1].hex())
z = memoryview(b"\x01\x02\x03\x04").cast("i", [])
print(z.hex(), z.hex(":"))
h = memoryview(bytes(range(8))).cast("h", [2, 2])
print(h.hex("|", 2))
