# struct functions need C-contiguous buffers; stepped views are refused.
import struct
m = memoryview(bytearray(range(8)))
for f in [lambda: struct.unpack_from("B", m[::2]), lambda: struct.unpack("4B", m[::2]),
          lambda: struct.pack_into("B", m[::-1], 0, 1), lambda: list(struct.iter_unpack("B", m[::2]))]:
    try:
        print(f())
    except (BufferError, TypeError) as e:
        print(type(e).__name__, e)
print(struct.unpack("4B", m[::2].tobytes()), struct.unpack("1B", m[::100]))
