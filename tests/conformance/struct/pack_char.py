# 'c' packs a bytes object of length 1 and unpacks to one; nothing else is accepted.
import struct

print(struct.pack('c', b'a'), struct.pack('3c', b'x', b'y', b'\0'), struct.pack('<cxc', b'a', b'b'))
print(struct.unpack('3c', b'abc'), struct.unpack('c', b'\xff'))
for value in [b'', b'ab', bytearray(b'a'), 'a', 97, None, True, [b'a']]:
    try:
        print(struct.pack('c', value))
    except struct.error as e:
        print(repr(value), e)
print(struct.pack('xc', b'a'), struct.pack('cx', b'a'), struct.calcsize('xc'))
