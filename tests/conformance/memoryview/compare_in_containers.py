# Views work with the container operations that use ==.
import array
m = memoryview(b"ab")
items = [b"xy", bytearray(b"ab"), array.array("B", b"ab")]
print(m in items, items.index(m), items.count(m), b"zz" in [m], [m].count(b"ab"))
print(memoryview(array.array("h", [1])) in [array.array("i", [1])], (1, m) == (1, b"ab"))
