# Every struct function gives back the buffer it acquired, on success and on error.
import struct

b = bytearray(8)
struct.unpack('<q', b)
struct.unpack_from('<i', b, 4)
struct.pack_into('<i', b, 0, 7)
list(struct.iter_unpack('<i', b))
for call in [lambda: struct.unpack('<i', b), lambda: struct.unpack_from('<q', b, 4),
             lambda: struct.pack_into('<q', b, 4, 1), lambda: struct.pack_into('<i', b, 0, 'x'),
             lambda: struct.iter_unpack('<3s', b), lambda: struct.unpack_from('<i', b, 'x'),
             lambda: struct.pack_into('<i', b, None, 1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
b.append(9)
b.extend(b'abc')
print(len(b), b)
