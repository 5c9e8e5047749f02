# 1-D views cast to many N-D shapes with C-order strides and nested tolist().
m = memoryview(bytes(range(24)))
for fmt, shape in [("B", [24]), ("B", [2, 12]), ("B", [12, 2]), ("B", [2, 3, 4]), ("B", [2, 2, 2, 3]),
                   ("B", [1, 1, 1, 24]), ("h", [3, 4]), ("h", [2, 2, 3]), ("i", [2, 3]), ("q", [3, 1]), ("c", [2, 12]),
                   ("b", (4, 6)), ("B", (24,))]:
    v = m.cast(fmt, shape)
    print(fmt, v.shape, v.strides, v.ndim, len(v), str(v.tolist())[:60])
