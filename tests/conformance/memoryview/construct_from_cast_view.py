# A view of a cast view keeps the cast format and shape.
b = bytearray(range(24))
m = memoryview(b)
for c in [m.cast("I"), m.cast("h", [3, 4]), m.cast("B", [2, 3, 4]), m[:8].cast("q", [])]:
    v = memoryview(c)
    print(v.format, v.itemsize, v.ndim, v.shape, v.strides, v.nbytes)
    print("  ", v.tolist() == c.tolist(), v.obj is b)
