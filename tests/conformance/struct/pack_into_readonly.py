# pack_into needs a writable buffer: bytes and read-only views are refused with a TypeError.
import struct

for target in [b'abcd', 'abcd', 1234, None, memoryview(b'abcd'), [0, 0, 0, 0]]:
    try:
        struct.pack_into('i', target, 0, 1)
        print('packed')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    struct.Struct('i').pack_into(b'abcd', 0, 1)
except TypeError as e:
    print(e)
buf = bytearray(4)
struct.pack_into('i', memoryview(buf), 0, 7)
print(buf)
