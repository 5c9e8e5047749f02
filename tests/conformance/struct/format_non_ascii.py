# A str format must be ASCII: the ascii codec's UnicodeEncodeError comes first.
import struct

for fmt in ['é', 'aéé', '€x', 'i\U0001f600', 'ié\0', 'ßß', 'ii\xff', 'i' + '\u0100' * 3 + 'i']:
    try:
        struct.calcsize(fmt)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    except struct.error as e:
        print('error', e)

print(isinstance(UnicodeEncodeError('ascii', 'x', 0, 1, 'no'), ValueError))
for fmt in [b'\xff', b'i\x80', b'\xe9']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
