# The shape must be a list or tuple of ints.
m = memoryview(bytes(24))
for shape in [{}, "ab", 5, b"\x02", (1.0, 24), [2, "x"], [2, None], range(2), [[24]]]:
    try:
        m.cast("B", shape)
        print(repr(shape), "ok")
    except TypeError as e:
        print(repr(shape), "TypeError", e)
