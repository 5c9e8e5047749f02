# 'p' is a Pascal string: a length byte (capped by the field and at 255), then the bytes.
import struct

for code, data in [('0p', b'abc'), ('p', b'abc'), ('1p', b'abc'), ('2p', b'abc'), ('3p', b'abc'),
                   ('4p', b'abc'), ('5p', b'abc'), ('6p', b'abc'), ('10p', b'helloworld'),
                   ('11p', b'helloworld'), ('12p', b'helloworld'), ('20p', bytearray(b'helloworld'))]:
    packed = struct.pack(code, data)
    print(code, packed, struct.unpack(code, packed))
packed = struct.pack('1000p', b'x' * 1000)
print(len(packed), packed[0], struct.unpack('1000p', packed)[0] == b'x' * 255)
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('0p', b''))
print(struct.pack('300p', b'y' * 10)[:12], struct.pack('300p', b'y' * 299)[0])
for value in ['ab', 1, None]:
    try:
        struct.pack('2p', value)
    except struct.error as e:
        print(repr(value), e)
