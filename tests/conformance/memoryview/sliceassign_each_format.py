# Slice assignment between views of the same format works for every native format.
import struct
for fmt in ["b", "B", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P"]:
    size = struct.calcsize(fmt)
    src = memoryview(bytes(range(1, 4 * size + 1))).cast(fmt)
    dst = memoryview(bytearray(4 * size)).cast(fmt)
    dst[1:3] = src[::2][:2]
    dst[::3] = src[-1:-3:-1]
    print(fmt, dst.tolist() == [src[3], src[0], src[2], src[2]], dst.obj[size:2 * size] == bytes(src[0:1].tobytes()))
