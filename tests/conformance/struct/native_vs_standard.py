# The same codes in native and standard modes: 'l' and 'L' are 8 bytes natively, 4 in standard mode.
import struct

for code in 'lLiIqQhH?e':
    native = struct.pack('@' + code, 1)
    standard = struct.pack('=' + code, 1)
    print(code, len(native), len(standard), native == standard)
print(struct.pack('@bl', 1, 2))
print(struct.pack('=bl', 1, 2))
print(struct.pack('@hq', 1, 2))
print(struct.pack('<hq', 1, 2))
print(struct.unpack('@bl', b'\x01\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\0'))
print(struct.unpack('=bl', b'\x01\x02\0\0\0'))
