# The unpack iterator's __length_hint__ counts the records left; 0 once exhausted.
import struct

s = struct.Struct('>IB')
it = s.iter_unpack(bytes(range(1, 16)))
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
try:
    next(it)
except StopIteration:
    print('done', it.__length_hint__())
it = struct.iter_unpack('<h', bytearray(10))
print(it.__length_hint__(), len(list(it)), it.__length_hint__())
