# struct.Struct objects: format (always str), size, repr.
import struct

for fmt in ['i', '=i2H', '<2hx', b'>h', b'@3sxq', '', ' 2i ']:
    s = struct.Struct(fmt)
    print(repr(s), repr(s.format), s.size, type(s).__name__)
s = struct.Struct('=i2H')
print(repr(s) == 'Struct(' + repr(s.format) + ')')
s2 = struct.Struct(s.format.encode())
print(s2.format == s.format, s2.size == s.size)
print(struct.Struct(format='<q').size)
print(type(s), struct.Struct)
print(isinstance(s, struct.Struct))
