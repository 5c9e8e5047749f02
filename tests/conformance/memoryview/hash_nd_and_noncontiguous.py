# Hashes of N-D and non-contiguous byte views cover their bytes in C order.
b = bytes(range(12))
m = memoryview(b)
nd = m.cast("B", [3, 4])
print(hash(nd) == hash(b), hash(nd[::-1]) == hash(nd[::-1].tobytes()), hash(nd[1:]) == hash(b[4:]))
print(hash(m[::3]) == hash(b[::3]), hash(m[::-1]) == hash(b[::-1]), hash(m.cast("c", [2, 6])) == hash(b))
z = m[:1].cast("B", [])
print(hash(z) == hash(b[:1]))
