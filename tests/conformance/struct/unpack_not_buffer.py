# Objects without the buffer protocol get CPython's TypeError, str included.
import struct

for value in ['abcd', 5, None, [1, 2, 3, 4], (1,), 1.5]:
    for call in [lambda: struct.unpack('i', value), lambda: struct.unpack_from('i', value),
                 lambda: struct.iter_unpack('i', value), lambda: struct.Struct('i').unpack(value)]:
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
try:
    struct.unpack('b', 0)
except TypeError as e:
    print(e)
print(struct.unpack('b', b'a'))
