# N-D item assignment with one int per dimension writes through to the exporter.
b = bytearray(12)
m = memoryview(b).cast("B", [3, 4])
m[0, 1] = 42
m[-1, -1] = 43
m[1, 2] = 44
m[(2, 0)] = 45
print(b)
print(m.tolist())
import array
a = array.array("i", [0] * 6)
v = memoryview(a).cast("B").cast("i", [2, 3])
v[1, 2] = -7
v[0, 0] = 2 ** 31 - 1
print(a, v[1, 2], v[0, 0])
