# Items of every integer format unpack to ints with the native sizes.
import struct
for fmt in "bBhHiIlLqQnN":
    size = struct.calcsize(fmt)
    data = bytearray(struct.pack(fmt * 3, *([1, 2, 3] if fmt in "BHILQN" else [-1, 2, -3])))
    m = memoryview(data).cast(fmt)
    print(fmt, size, m.itemsize, m[0], m[1], m[-1], type(m[0]).__name__, len(m))
