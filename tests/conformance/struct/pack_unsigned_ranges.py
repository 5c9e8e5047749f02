# The ends of each unsigned integer range pack and unpack unchanged, in every byte order.
import struct

for prefix in ['', '<', '>', '!']:
    for code in 'BHILQ':
        fmt = prefix + code
        bits = struct.calcsize(fmt) * 8
        hi = (1 << bits) - 1
        for value in [0, 1, hi // 2, hi // 2 + 1, hi - 1, hi]:
            packed = struct.pack(fmt, value)
            assert struct.unpack(fmt, packed) == (value,)
        print(repr(fmt), struct.pack(fmt, hi), struct.unpack(fmt, struct.pack(fmt, hi)), struct.pack(fmt, hi // 2 + 1))
print(struct.pack('N', (1 << 64) - 1), struct.unpack('N', b'\xfe\xff\xff\xff\xff\xff\xff\xff'))
