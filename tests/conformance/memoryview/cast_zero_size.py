# An empty 1-D view casts to any format (issue 19014); shapes with zeros are refused.
m = memoryview(b"")
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P"]:
    v = m.cast(fmt)
    print(fmt, v.shape, v.strides, v.tobytes(), v.tolist(), v.nbytes)
for shape in [[0], [0, 1], []]:
    try:
        m.cast("B", shape)
        print(shape, "ok")
    except Exception as e:
        print(shape, type(e).__name__, e)
