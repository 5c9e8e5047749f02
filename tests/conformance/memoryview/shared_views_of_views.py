# A memoryview of a memoryview shares the memory: writes are visible through both.
b = bytearray(b"abcdef")
m1 = memoryview(b)
m2 = memoryview(m1)
m2[0] = ord("A")
print(m1[0], b)
m1[5] = ord("F")
print(m2[5], m2.tobytes())
m3 = memoryview(m2[1:5])
m3[:] = b"WXYZ"
print(b, m1.tobytes(), m2.tobytes())
