# Items and slices of a view can never be deleted.
import array
views = [memoryview(bytearray(b"abcdef")), memoryview(b"abcdef"), memoryview(array.array("i", [1, 2, 3])),
         memoryview(bytearray(12)).cast("B", [3, 4]), memoryview(bytearray(4)).cast("i", [])]
for m in views:
    for key in [0, slice(1, 4), (0, 0), (), -1]:
        try:
            del m[key]
            print("deleted")
        except Exception as e:
            print(m.ndim, repr(key), type(e).__name__, e)
