# struct.unpack_from and struct.unpack read any contiguous view.
import struct, array
m = memoryview(struct.pack("<hiq", -1, 70000, -(2 ** 40)))
print(struct.unpack_from("<h", m), struct.unpack_from("<i", m, 2), struct.unpack_from("<q", m, -8))
print(struct.unpack("<hiq", m), struct.unpack("<iq", m[2:]))
a = array.array("d", [1.5, 2.5])
print(struct.unpack_from("d", memoryview(a), 8), struct.unpack("2d", memoryview(a).cast("B")))
print(struct.unpack("8B", memoryview(bytes(range(8))).cast("B", [2, 4])))
try:
    struct.unpack_from("<q", m, 10)
except struct.error as e:
    print("struct.error", e)
