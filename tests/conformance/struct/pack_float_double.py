# 'f' and 'd' in every byte order, and the values they round to.
import struct

for prefix in ['', '<', '>', '=', '!']:
    for value in [0.0, -0.0, 1.0, -2.0, 0.1, 3.1415, 1e38, 1e-45, 2.5e-300, float('inf'), float('-inf')]:
        pf = struct.pack(prefix + 'f', value)
        pd = struct.pack(prefix + 'd', value)
        print(repr(prefix), value, pf, struct.unpack(prefix + 'f', pf)[0], struct.unpack(prefix + 'd', pd)[0] == value)
print(struct.unpack('<f', b'\x00\x00\xc0\x7f')[0], struct.unpack('>d', b'\x7f\xf8\0\0\0\0\0\0')[0])
print(struct.pack('<d', 5), struct.pack('<f', True), struct.pack('>d', 2 ** 70))
