# A full slice is a new view over the same memory, equal to the original.
b = bytearray(b"xyz")
m = memoryview(b)
f = m[:]
print(f is m, f == m, f.obj is b, f.shape == m.shape, m[:] is m[:])
f[1] = ord("Y")
print(m.tobytes(), b)
m.release()
print(f.tobytes())
