# Views of writable memory cannot be hashed.
import array
for m in [memoryview(bytearray(b"abc")), memoryview(bytearray(b"abc"))[::2], memoryview(array.array("B", [1])),
          memoryview(bytearray(4)).cast("i"), memoryview(bytearray(4)).cast("B", [2, 2])]:
    try:
        hash(m)
    except ValueError as e:
        print("ValueError", e)
