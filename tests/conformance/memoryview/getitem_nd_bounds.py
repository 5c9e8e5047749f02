# Out-of-range N-D indexes name the dimension (counted from 1).
m = memoryview(bytes(range(12))).cast("B", [3, 4])
for key in [(3, 0), (-4, 0), (0, 4), (0, -5), (3, 4), (2 ** 64, 0), (0, 2 ** 64), (-2 ** 64, 0)]:
    try:
        m[key]
    except IndexError as e:
        print(key, "IndexError", e)
t = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
for key in [(2, 0, 0), (0, 3, 0), (0, 0, 4), (0, 0, -5)]:
    try:
        t[key]
    except IndexError as e:
        print(key, "IndexError", e)
