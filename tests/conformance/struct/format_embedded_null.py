# Embedded NUL characters are not allowed in formats, whether str or bytes.
import struct

for fmt in ['\0', '2\0i', 'i\0', b'\0', b'i\0i']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
try:
    struct.Struct('\0')
except struct.error as e:
    print('Struct:', e)
try:
    struct.pack('i\0', 1)
except struct.error as e:
    print('pack:', e)
