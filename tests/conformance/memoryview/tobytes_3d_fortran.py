# Fortran order of a 3-D view walks the first index fastest.
m = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
f = list(m.tobytes("F"))
print(f)
l = m.tolist()
expect = [l[i][j][k] for k in range(4) for j in range(3) for i in range(2)]
print(f == expect, list(m.tobytes("A")) == list(range(24)))
