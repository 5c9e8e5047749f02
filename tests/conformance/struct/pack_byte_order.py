# Byte order prefixes: '<' little, '>' and '!' big, '=' and '@' native (little-endian here).
import struct
import sys

print(sys.byteorder)
print(struct.pack('=i', 1)[0] == 0)
for prefix in ['', '@', '=', '<', '>', '!']:
    print(repr(prefix), struct.pack(prefix + 'h', 0x0102), struct.pack(prefix + 'i', 0x01020304),
          struct.pack(prefix + 'q', 0x0102030405060708))
    print(repr(prefix), struct.pack(prefix + 'H', 0xfffe), struct.pack(prefix + 'I', 0x80000001),
          struct.pack(prefix + 'Q', 0x8000000000000001))
    print(repr(prefix), struct.pack(prefix + 'f', 1.5), struct.pack(prefix + 'd', -2.25), struct.pack(prefix + 'e', 0.5))
