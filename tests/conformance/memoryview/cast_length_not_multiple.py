# A 1-D cast needs a byte length that is a multiple of the new itemsize.
m = memoryview(bytes(7))
for fmt in ["B", "b", "c", "h", "i", "q", "d", "e", "?"]:
    try:
        v = m.cast(fmt)
        print(fmt, "ok", v.shape)
    except TypeError as e:
        print(fmt, "TypeError", e)
m = memoryview(bytes(3 * 5 * 7 * 11))
for fmt, shape in [("I", [2, 3, 4, 5]), ("B", [2, 3, 4, 5]), ("B", [3, 5, 7, 11]), ("H", [2])]:
    try:
        m.cast(fmt, shape)
        print(fmt, shape, "ok")
    except TypeError as e:
        print(fmt, shape, "TypeError", e)
