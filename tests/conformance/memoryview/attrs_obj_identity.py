# obj is the original exporter for every derived view.
import array
for x in [b"abcdefgh", bytearray(b"abcdefgh"), array.array("H", range(4))]:
    m = memoryview(x)
    views = [m, m[1:], m[::-1], m.cast("B"), m.cast("B").cast("B", [2, 4]), m.toreadonly(), memoryview(m)]
    print(type(x).__name__, [v.obj is x for v in views])
