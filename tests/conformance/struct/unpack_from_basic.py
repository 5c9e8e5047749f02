# unpack_from reads a struct at an offset of a buffer; the rest of the buffer is ignored.
import struct

test_string = b'abcd01234'
s = struct.Struct('4s')
for data in [test_string, bytearray(test_string)]:
    print(s.unpack_from(data), s.unpack_from(data, 2), s.unpack_from(data, 4))
    for i in range(6):
        print(i, s.unpack_from(data, i) == (data[i:i + 4],), struct.unpack_from('4s', data, i))
    for i in range(6, len(test_string) + 1):
        try:
            s.unpack_from(data, i)
        except struct.error as e:
            print(e)
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', 2), struct.unpack_from('<h', b'\x01\x00\x02\x00'))
