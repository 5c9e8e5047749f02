# Indexes that do not fit in a machine word raise IndexError about the conversion.
m = memoryview(bytearray(10)).cast("B", [2, 5])
v = memoryview(bytearray(10))
for i in [2 ** 63, -(2 ** 63) - 1, 2 ** 100]:
    for f in [lambda: v[i], lambda: m[i, 0], lambda: m[0, i]]:
        try:
            f()
        except IndexError as e:
            print("IndexError", e)
