# Slicing more than one dimension at once is not implemented.
m = memoryview(bytearray(range(12))).cast("B", [3, 4])
keys = [(slice(0, 1), slice(0, 1)), (slice(None), slice(None)), (slice(0, 2, 1), slice(0, 1, 2)),
        (slice(0, 1), 0), (0, slice(0, 1)), (slice(0, 1), slice(0, 1), slice(0, 1)),
        (slice(0, 2, 1), {})]
for k in keys:
    try:
        m[k]
        print(k, "accepted")
    except Exception as e:
        print(k, type(e).__name__, e)
v = memoryview(bytearray(range(12)))
for k in [(slice(0, 1), slice(0, 1)), (slice(0, 2), {})]:
    try:
        v[k]
    except Exception as e:
        print("1-D", type(e).__name__, e)
