# toreadonly() keeps format, shape and strides of N-D, stepped and 0-dim views.
b = bytearray(range(24))
m = memoryview(b)
for v in [m.cast("i", [2, 3]), m[::-3], m[:8].cast("d", []), m.cast("c"), m[5:5]]:
    r = v.toreadonly()
    print(r.format, r.shape, r.strides, r.ndim, r.readonly, r.c_contiguous, r.nbytes, r.tolist() == v.tolist())
