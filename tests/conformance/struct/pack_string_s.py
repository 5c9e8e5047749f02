# 's' packs bytes or bytearray, truncated or padded with NULs to the count; unpack returns all of it.
import struct

data = b'helloworld'
for count in [0, 1, 9, 10, 11, 20]:
    fmt = str(count) + 's'
    packed = struct.pack(fmt, data)
    print(fmt, packed, struct.unpack(fmt, packed), struct.calcsize(fmt))
print(struct.pack('s', b'abc'), struct.pack('4s', bytearray(b'ab')), struct.pack('<2sh2s', b'ab', 7, b'c'))
print(struct.unpack('3s2s', b'abc\x00d'))
for value in ['abc', 1, None, [1]]:
    try:
        struct.pack('3s', value)
    except struct.error as e:
        print(repr(value), e)
try:
    struct.pack('3s', memoryview(b'abc'))
except struct.error as e:
    print('memoryview', e)
