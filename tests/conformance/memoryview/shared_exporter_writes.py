# Writes to the exporter are visible through every view, at once.
import array
b = bytearray(b"\x00" * 8)
views = [memoryview(b), memoryview(b)[2:], memoryview(b)[::-1], memoryview(b).cast("H"), memoryview(b).cast("B", [2, 4])]
b[2] = 255
b[3] = 1
print([v.tolist() for v in views])
a = array.array("i", [1, 2, 3])
m = memoryview(a)
a[1] = -7
print(m.tolist(), m[1], m.cast("B")[4:8].tolist())
