# Negative offsets of unpack_from count from the end; the checks run in CPython's order.
import struct

data = b'abcdefghij'
for fmt, offset in [('i', -4), ('i', -10), ('i', -2), ('i', -20), ('i', -11), ('<I', -2), ('<B', -11),
                    ('<B', -1), ('0s', -1), ('2s', -2)]:
    try:
        print(fmt, offset, struct.unpack_from(fmt, data, offset))
    except struct.error as e:
        print(fmt, offset, 'error:', e)
for fmt, size, offset in [('i', 2, -3), ('0s', 0, -1), ('0s', 0, 0), ('h', 3, -2), ('h', 3, -3)]:
    try:
        print(struct.unpack_from(fmt, bytes(size), offset))
    except struct.error as e:
        print('error:', e)
