# suboffsets is always an empty tuple for these exporters, whatever the view.
import array
b = bytearray(range(16))
m = memoryview(b)
views = [m, m[::2], m[::-1], m.cast("B", [4, 4]), m.cast("i"), m[:4].cast("I", []),
         memoryview(array.array("d", [1.0, 2.0])), m.toreadonly()]
print([v.suboffsets for v in views])
