# N-D views refuse sub-views, wrong arity and non-int tuple items.
m = memoryview(bytes(range(12))).cast("B", [3, 4])
for key in [0, -1, (), (0,), (0, 0, 0), (0.0, 0.0), (0, "a"), (None, 0), slice(0, 1),
            (slice(0, 1), slice(0, 1)), (slice(0, 1), 0), (0, ...)]:
    try:
        r = m[key]
        print(key, r.shape, r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(key, type(e).__name__, e)
