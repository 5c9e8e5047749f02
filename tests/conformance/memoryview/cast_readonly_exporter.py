# Casts of read-only views stay read-only in every shape.
m = memoryview(bytes(range(8)))
for v in [m.cast("c"), m.cast("i"), m.cast("B", [2, 4]), m.cast("q", []), m.cast("b")]:
    try:
        v[(0,) * v.ndim] = v[(0,) * v.ndim]
        print("written")
    except TypeError as e:
        print(v.format, v.ndim, v.readonly, "TypeError", e)
