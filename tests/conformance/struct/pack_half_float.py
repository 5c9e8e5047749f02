# 'e' (IEEE 754 binary16): values that round-trip exactly, and NaNs.
import math
import struct

cases = [(b'\x00\x3c', 1.0), (b'\x00\xc0', -2.0), (b'\xff\x7b', 65504.0), (b'\x00\x04', 2 ** -14),
         (b'\x01\x00', 2 ** -24), (b'\x00\x00', 0.0), (b'\x00\x80', -0.0), (b'\x00\x7c', float('inf')),
         (b'\x00\xfc', float('-inf')), (b'\x55\x35', 0.333251953125)]
for le_bits, f in cases:
    be_bits = le_bits[::-1]
    print(le_bits, struct.unpack('<e', le_bits)[0] == f, struct.pack('<e', f) == le_bits,
          struct.unpack('>e', be_bits)[0] == f, struct.pack('>e', f) == be_bits, struct.pack('e', f) == le_bits)
for bits in [b'\x01\xfc', b'\x00\xfe', b'\xff\xff', b'\x01\x7c', b'\x00\x7e', b'\xff\x7f']:
    print(bits, math.isnan(struct.unpack('<e', bits)[0]), math.isnan(struct.unpack('>e', bits[::-1])[0]))
packed = struct.pack('<e', math.nan)
print(packed, packed[1] & 0x7e == 0x7e)
packed = struct.pack('<e', -math.nan)
print(packed[1] & 0x7e == 0x7e)
print(struct.pack('<e', 1), struct.pack('>e', True), struct.unpack('<3e', b'\x00\x3c\x00\x40\x00\x42'))
