# 'P' (void *) exists only natively: 8 bytes, negative values wrap, too large ones do not convert.
import struct

def attempt(fmt, value):
    try:
        print(fmt, value, struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, value, 'error:', e)

for value in [0, 1, -1, -(1 << 63), (1 << 64) - 1, 1 << 64, -(1 << 63) - 1, 1 << 100]:
    attempt('P', value)
print(struct.unpack('P', b'\xff' * 8), struct.unpack('P', b'\x01\0\0\0\0\0\0\0'), struct.calcsize('P'))
for fmt in ['<P', '>P', '=P', '!P']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, e)
for value in [1.0, 'x', None]:
    try:
        struct.pack('P', value)
    except struct.error as e:
        print(repr(value), e)
