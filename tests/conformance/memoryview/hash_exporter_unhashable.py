# A read-only view of an unhashable exporter fails with the exporter's hash error.
import array
for m in [memoryview(bytearray(b"ab")).toreadonly(), memoryview(array.array("B", [1, 2])).toreadonly(),
          memoryview(array.array("h", [1])).toreadonly()]:
    try:
        hash(m)
        print("hashable")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
