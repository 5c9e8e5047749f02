# Unsigned values above 2**63 unpack to exact (big) ints.
import struct

for fmt in ['<Q', '>Q', 'L', 'N', 'P', '<I', 'I', '<L']:
    size = struct.calcsize(fmt)
    print(fmt, struct.unpack(fmt, b'\xff' * size), struct.unpack(fmt, struct.pack(str(size - 1) + 'sB', b'\x80', 0x80)))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<q', b'\x00\x00\x00\x00\x00\x00\x00\x80'))
v = struct.unpack('<Q', b'\xff' * 8)[0]
print(v + 1, v == 2 ** 64 - 1, v > 2 ** 63)
