# Struct methods mirror the module functions, with the format fixed.
import struct

s = struct.Struct('<hHi')
packed = s.pack(-1, 2, 3)
print(packed, s.unpack(packed), s.unpack_from(b'zz\xff\xff\x02\x00\x03\x00\x00\x00', 2), s.unpack_from(packed, offset=0))
buf = bytearray(12)
print(s.pack_into(buf, 2, 1, 2, 3), buf)
print(list(s.iter_unpack(packed * 3)))
p = struct.Struct('!3sxd?')
v = p.pack(b'abc', 2.5, True)
print(p.size, v, p.unpack(v))
try:
    s.pack(1, 2)
except struct.error as e:
    print(e)
try:
    s.unpack(b'123')
except struct.error as e:
    print(e)
for name in ['pack', 'unpack', 'pack_into', 'unpack_from', 'iter_unpack', 'format', 'size']:
    print(name, hasattr(s, name))
