# 'n' (ssize_t) and 'N' (size_t) exist only natively.
import struct

print(struct.calcsize('n'), struct.calcsize('N'), struct.calcsize('cn'), struct.calcsize('cN'))
print(struct.pack('n', -2), struct.pack('N', 2 ** 64 - 1), struct.pack('@n', 2 ** 63 - 1))
print(struct.unpack('nN', struct.pack('nN', -5, 5)))
for fmt in ['n', 'N']:
    for value in [2 ** 64, -1, -(2 ** 63) - 1]:
        try:
            struct.pack(fmt, value)
            print(fmt, value, 'packed')
        except struct.error as e:
            print(fmt, value, e)
for code in 'nN':
    for prefix in '=<>!':
        for call in [lambda: struct.calcsize(prefix + code), lambda: struct.pack(prefix + code, 0),
                     lambda: struct.unpack(prefix + code, b'')]:
            try:
                call()
            except struct.error as e:
                print(prefix + code, e)
