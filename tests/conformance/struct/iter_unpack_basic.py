# iter_unpack yields one tuple per record of the buffer.
import struct

s = struct.Struct('>IB')
b = bytes(range(1, 16))
it = s.iter_unpack(b)
print(next(it), next(it), next(it))
for extra in range(2):
    try:
        next(it)
    except StopIteration:
        print('StopIteration')
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
for rec in struct.iter_unpack('<2s?', b'ab\x01cd\x00'):
    print(rec)
print(list(struct.iter_unpack('i', b'')), list(s.iter_unpack(bytearray(b'1234567890'))))
total = 0
for (x,) in struct.iter_unpack('<H', bytes(range(20))):
    total += x
print(total)
