# N-D views are read with one int per dimension.
m = memoryview(bytes(range(12))).cast("B", [3, 4])
print(m[0, 0], m[2, 0], m[2, 3], m[-1, -1], m[-3, -4], m[1, -2])
print([[m[i, j] for j in range(4)] for i in range(3)] == m.tolist())
t = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
print(t[1, 2, 3], t[0, 0, 0], t[-1, 0, -1], t[(1, 1, 1)])
