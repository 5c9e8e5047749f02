# Packed integers equal their two's complement bytes in the format's byte order.
import struct


def expected(v, size, order):
    # two's complement bytes, least significant first, then turned around for big-endian
    digits = [(v >> (8 * k)) & 0xff for k in range(size)]
    if order == 'big':
        digits.reverse()
    return bytes(digits)


values = [0, 1, -1, 300, -300, 700000, -700000, 2 ** 31 - 1, -2 ** 31, 2 ** 40 + 5, -2 ** 40 - 5]
for fmt in ['<h', '>h', '<i', '>i', '!l', '<q', '>q', '=q', 'q', 'n']:
    size = struct.calcsize(fmt)
    order = 'big' if fmt[0] in '>!' else 'little'
    ok = 0
    for v in values:
        if -(1 << (size * 8 - 1)) <= v < (1 << (size * 8 - 1)):
            if struct.pack(fmt, v) == expected(v, size, order):
                ok += 1
            else:
                print('differs', fmt, v, struct.pack(fmt, v))
    print(fmt, ok)
for fmt in ['<H', '>I', '<Q', '>Q', 'N']:
    size = struct.calcsize(fmt)
    order = 'big' if fmt[0] == '>' else 'little'
    v = (1 << (size * 8)) - 3
    print(fmt, struct.pack(fmt, v) == expected(v, size, order), struct.unpack(fmt, expected(v, size, order))[0] == v)
