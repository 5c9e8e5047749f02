# Integer codes take ints and bools only (or objects with __index__): floats and others are refused.
import struct

for code in 'bBhHiIlLqQnNP':
    for value in [1.0, 1.5, 'a', None, b'a', [1], (1,)]:
        try:
            struct.pack(code, value)
            print(code, repr(value), 'packed')
        except struct.error as e:
            print(code, repr(value), e)
print(struct.pack('<h', True), struct.pack('<Q', False), struct.pack('b', True))
for prefix in '<>=!':
    try:
        struct.pack(prefix + 'i', 2.0)
    except struct.error as e:
        print(prefix, e)
