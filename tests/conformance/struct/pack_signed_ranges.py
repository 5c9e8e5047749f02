# The ends of each signed integer range pack and unpack unchanged, in every byte order.
import struct

for prefix in ['', '<', '>', '=']:
    for code in 'bhilq':
        fmt = prefix + code
        bits = struct.calcsize(fmt) * 8
        lo = -(1 << (bits - 1))
        hi = (1 << (bits - 1)) - 1
        for value in [lo, lo + 1, -1, 0, 1, hi - 1, hi]:
            packed = struct.pack(fmt, value)
            assert struct.unpack(fmt, packed) == (value,)
        print(repr(fmt), struct.pack(fmt, lo), struct.pack(fmt, hi), struct.unpack(fmt, struct.pack(fmt, lo)))
print(struct.pack('n', -(1 << 63)), struct.pack('n', (1 << 63) - 1), struct.unpack('n', b'\xff' * 8))
