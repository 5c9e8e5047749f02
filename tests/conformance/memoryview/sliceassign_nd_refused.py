# Slice assignment is restricted to one-dimensional views.
m = memoryview(bytearray(12)).cast("B", [3, 4])
src = memoryview(bytes(range(4))).cast("B", [1, 4])
for key, value in [(slice(0, 1), src), (slice(None), bytes(12)), ((slice(0, 1), slice(0, 1)), b"a"),
                   ((slice(0, 2, 1), slice(0, 2, 1)), bytearray([1, 2])), ((slice(0, 2, 1), {}), b"ab")]:
    try:
        m[key] = value
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
v = memoryview(bytearray(12))
for key in [(slice(0, 2, 1), slice(0, 2, 1)), (slice(0, 2, 1), {})]:
    try:
        v[key] = bytearray([1, 2])
    except Exception as e:
        print("1-D", type(e).__name__, e)
