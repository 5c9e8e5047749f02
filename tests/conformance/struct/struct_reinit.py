# Struct.__init__ re-parses a Struct in place (CPython's test_Struct_reinitialization).
import struct

s = struct.Struct('i')
s.__init__('ii')
print(s, s.size, s.format, s.pack(1, 2))
s.__init__(b'<h')
print(s, s.size, s.unpack(b'\x01\x00'))
for bad in [5, None]:
    try:
        s.__init__(bad)
    except TypeError as e:
        print(e)
try:
    s.__init__()
except TypeError as e:
    print(e)
print(s)
