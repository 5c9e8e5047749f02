# CPython's test_new_features table: big- and little-endian encodings of single items.
import struct

tests = [
    ('c', b'a', b'a', b'a', 0), ('xc', b'a', b'\0a', b'\0a', 0), ('cx', b'a', b'a\0', b'a\0', 0),
    ('s', b'a', b'a', b'a', 0), ('0s', b'helloworld', b'', b'', 1), ('1s', b'helloworld', b'h', b'h', 1),
    ('9s', b'helloworld', b'helloworl', b'helloworl', 1), ('10s', b'helloworld', b'helloworld', b'helloworld', 0),
    ('11s', b'helloworld', b'helloworld\0', b'helloworld\0', 1), ('0p', b'helloworld', b'', b'', 1),
    ('1p', b'helloworld', b'\x00', b'\x00', 1), ('2p', b'helloworld', b'\x01h', b'\x01h', 1),
    ('10p', b'helloworld', b'\x09helloworl', b'\x09helloworl', 1),
    ('11p', b'helloworld', b'\x0Ahelloworld', b'\x0Ahelloworld', 0),
    ('b', 7, b'\7', b'\7', 0), ('b', -7, b'\371', b'\371', 0), ('B', 249, b'\371', b'\371', 0),
    ('h', 700, b'\002\274', b'\274\002', 0), ('h', -700, b'\375D', b'D\375', 0),
    ('H', 0x10000 - 700, b'\375D', b'D\375', 0), ('i', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('i', -70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('I', 0x100000000 - 70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('l', -70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('L', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('f', 2.0, b'@\000\000\000', b'\000\000\000@', 0), ('f', -2.0, b'\300\000\000\000', b'\000\000\000\300', 0),
    ('d', -2.0, b'\300\000\000\000\000\000\000\000', b'\000\000\000\000\000\000\000\300', 0),
    ('?', 0, b'\0', b'\0', 0), ('?', 3, b'\1', b'\1', 1), ('?', True, b'\1', b'\1', 0),
    ('?', [], b'\0', b'\0', 1), ('?', (1,), b'\1', b'\1', 1),
]
for fmt, arg, big, lil, asy in tests:
    for xfmt, exp in [('>' + fmt, big), ('!' + fmt, big), ('<' + fmt, lil), ('=' + fmt, lil)]:
        res = struct.pack(xfmt, arg)
        rev = struct.unpack(xfmt, res)[0]
        print(xfmt, res == exp, struct.calcsize(xfmt) == len(res), rev == arg or asy == 1, rev)
