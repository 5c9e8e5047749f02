# Zero-size formats pack to b'' and unpack from b''; 0-count items take no value (except 's'/'p').
import struct

for fmt in ['', '<', '0i', '0c', '0x', '>0q', '@0h']:
    print(repr(fmt), struct.calcsize(fmt), struct.pack(fmt), struct.unpack(fmt, b''))
print(struct.pack('0s', b'abc'), struct.unpack('0s', b''), struct.pack('0p', b'abc'), struct.unpack('0p', b''))
print(struct.pack('0s0p', b'a', b'b'), struct.unpack('i0si', b'\x01\0\0\0\x02\0\0\0'))
try:
    struct.unpack('', b'a')
except struct.error as e:
    print(e)
print(struct.pack('c0i', b'a'), struct.calcsize('c0i'), struct.unpack('c0i', b'a\0\0\0'))
