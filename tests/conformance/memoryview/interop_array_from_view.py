# array.array can be filled from a view's bytes or its items.
import array
m = memoryview(bytes([1, 0, 2, 0]))
a = array.array("h")
a.frombytes(m)
print(a)
print(array.array("B", m), array.array("h", m.cast("h")), array.array("d", memoryview(array.array("d", [0.5, 1.5]))))
b = array.array("B", [9, 9, 9, 9])
memoryview(b)[:] = m
print(b)
print(array.array("b", memoryview(b"\xff\x01").cast("b")))
