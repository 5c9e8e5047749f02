# Shape elements must be positive and fit in a machine word.
m = memoryview(bytes(120))
for shape in [[2 ** 64], [-1], [0], [2, 3, 4, 5, 6, 7, -1], [2, 3, 4, 5, 6, 7, 0], [120, 0], [2 ** 63], [-2 ** 64]]:
    try:
        m.cast("B", shape)
        print(shape, "ok")
    except Exception as e:
        print(shape, type(e).__name__, e)
