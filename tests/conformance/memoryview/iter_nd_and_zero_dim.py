# N-D views and 0-dim views cannot be iterated.
nd = memoryview(b"abcdef").cast("B", [2, 3])
z = memoryview(b"abcd").cast("i", [])
for m in [nd, z]:
    for f in [lambda: iter(m), lambda: list(m), lambda: [x for x in m]]:
        try:
            f()
            print("ok")
        except (TypeError, NotImplementedError) as e:
            print(type(e).__name__, e)
