# Ints beyond 64 bits are out of range; 2**63 .. 2**64-1 fit only the unsigned 8-byte codes.
import struct

def attempt(fmt, value):
    try:
        print(fmt, struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, 'error:', e)

for fmt in ['Q', '<Q', '>Q', 'L', 'N', 'q', '<q', 'l', '<L', 'P']:
    for value in [1 << 63, (1 << 64) - 1, 1 << 64, -(1 << 63), -(1 << 63) - 1, 10 ** 30]:
        attempt(fmt, value)
print(struct.unpack('<Q', struct.pack('<Q', (1 << 64) - 2)))
print(struct.unpack('>q', struct.pack('>q', -(1 << 63))))
