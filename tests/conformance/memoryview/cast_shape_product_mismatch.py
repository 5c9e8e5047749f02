# product(shape) * itemsize must equal the view's size in bytes.
m = memoryview(bytes(24))
for fmt, shape in [("B", [5, 5]), ("B", [2, 3, 4]), ("B", [25]), ("B", [23]), ("h", [12]), ("h", [13]),
                   ("h", [2, 6]), ("i", [2, 2, 2]), ("i", [3, 2]), ("d", [3]), ("d", [4]), ("q", []), ("B", [])]:
    try:
        v = m.cast(fmt, shape)
        print(fmt, shape, "ok", v.shape)
    except TypeError as e:
        print(fmt, shape, "TypeError", e)
