# Slice assignment between array views of the same typecode (issue 4569).
import array
a = array.array("i", range(10))
m = memoryview(a)
new_a = array.array("i", range(9, -1, -1))
m[:] = new_a
print(a == new_a, a)
d = array.array("d", [0.0] * 6)
dm = memoryview(d)
dm[1:4] = array.array("d", [1.5, 2.5, 3.5])
dm[::-5] = memoryview(array.array("d", [9.0, 8.0]))
print(d)
q = array.array("q", [0] * 4)
memoryview(q)[2:] = memoryview(array.array("q", [-1, 2 ** 62]))
print(q)
