# All empty 1-D views are equal, whatever their formats (zeros in shape).
import array
views = [memoryview(b""), memoryview(array.array("d")), memoryview(array.array("h")), memoryview(b"abc")[1:1],
         memoryview(b"").cast("c"), memoryview(array.array("i", [1, 2]))[2:]]
print([[a == b for b in views] for a in views])
print(memoryview(b"") == b"", memoryview(b"") == bytearray(), memoryview(b"") == array.array("q"))
