# Writing to a read-only view is a TypeError, checked before the index and the value.
import array
views = [memoryview(b"abcdef"), memoryview(bytearray(b"abcdef")).toreadonly(),
         memoryview(b"abcdef")[1:4], memoryview(b"abcdef").cast("c"), memoryview(b"abcdef").cast("B", [2, 3]),
         memoryview(array.array("i", [1, 2])).toreadonly()]
for m in views:
    for key, value in [(0, 65), (100, 65), (0, "bad"), (slice(0, 1), b"x"), ((0, 0), 1), ("k", 1)]:
        try:
            m[key] = value
            print("stored")
        except Exception as e:
            print(m.format, m.ndim, repr(key), type(e).__name__, e)
