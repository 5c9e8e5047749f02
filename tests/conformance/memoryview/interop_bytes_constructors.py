# bytes(), bytearray(), list() and tuple() copy a view's contents.
import array
for m in [memoryview(b"abc"), memoryview(bytes(range(6))).cast("B", [2, 3]), memoryview(b"abcdef")[::-2],
          memoryview(array.array("h", [1, -1])), memoryview(b"\x07").cast("B", [])]:
    print(bytes(m), bytearray(m), m.nbytes)
print(list(memoryview(b"ab")), tuple(memoryview(array.array("d", [0.5]))))
print(bytes(memoryview(array.array("i", [1]))) == array.array("i", [1]).tobytes())
