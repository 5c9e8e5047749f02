# Releasing the first view does not disturb views made from it.
b = bytearray(b"abc")
m1 = memoryview(b)
m2 = memoryview(m1)
s = m1[1:]
m1.release()
m2[0] = ord("X")
s[1] = ord("Y")
print(b, m2.tobytes(), s.tobytes())
m2.release()
s.release()
b += b"d"
print(b)
