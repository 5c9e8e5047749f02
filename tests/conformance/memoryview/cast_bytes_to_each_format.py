# Casting 16 bytes to every native format reinterprets the memory.
b = bytes(range(1, 17))
m = memoryview(b)
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P"]:
    v = m.cast(fmt)
    print(fmt, v.itemsize, v.shape, v.strides, v.readonly, v.tolist()[:4])
