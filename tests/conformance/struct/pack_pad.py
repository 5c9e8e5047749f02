# 'x' is a pad byte: it takes no value, packs as NUL and unpacks to nothing.
import struct

print(struct.pack('x'), struct.pack('3x'), struct.pack('xbx', 1), struct.pack('<hxxh', 1, 2))
print(struct.unpack('x', b'\xff'), struct.unpack('xbx', b'\xff\x05\xff'), struct.unpack('<h2xh', b'\x01\x00zz\x02\x00'))
print(struct.calcsize('x'), struct.calcsize('0x'), struct.calcsize('10x'))
try:
    struct.pack('x', 1)
except struct.error as e:
    print(e)
try:
    struct.pack('2xi', 1, 2)
except struct.error as e:
    print(e)
print(struct.pack('0x'), struct.unpack('0x', b''))
