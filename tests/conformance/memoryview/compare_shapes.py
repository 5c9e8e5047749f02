# Views with different shapes are unequal even when their bytes agree.
b = bytes(range(12))
m = memoryview(b)
print(m == m.cast("B", [3, 4]), m.cast("B", [3, 4]) == m.cast("B", [4, 3]), m.cast("B", [3, 4]) == m.cast("B", [3, 4]))
print(m.cast("B", [2, 6]) == memoryview(bytes(range(12))).cast("B", [2, 6]), m.cast("B", [1, 12]) == m)
print(m[:4].cast("i", []) == m[:4].cast("i"), m[:4].cast("i", []) == m[:4].cast("I", []))
print(m[:6] == m[6:], m[:6] == b[:6], m[::2] == m[1::2], m[::2] == bytes(range(0, 12, 2)))
