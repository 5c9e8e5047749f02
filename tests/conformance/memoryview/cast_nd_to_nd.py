# An N-D view can only be cast back to 1-D, never to another N-D shape.
m = memoryview(bytes(3 * 5 * 7 * 11)).cast("B", [3, 5, 7, 11])
for fmt, shape in [("I", [2, 3, 4, 5]), ("B", [5, 3, 7, 11]), ("B", [3 * 5, 7 * 11]), ("B", []), ("B", [1155])]:
    try:
        v = m.cast(fmt, shape)
        print(fmt, shape, "ok", v.shape)
    except TypeError as e:
        print(fmt, shape, "TypeError", e)
z = memoryview(bytes(4)).cast("i", [])
for shape in [[], [1, 1], [4]]:
    try:
        v = z.cast("B", shape)
        print(shape, "ok", v.shape)
    except TypeError as e:
        print(shape, "TypeError", e)
