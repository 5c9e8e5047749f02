# One call site fed many different formats, constant and computed, keeps giving the right answers.
import struct

def roundtrip(fmt, values):
    return struct.unpack(fmt, struct.pack(fmt, *values))

formats = [('<i', (1,)), ('>h', (2,)), ('<q', (3,)), ('=H', (4,)), ('!I', (5,)), ('<d', (6.5,)),
           ('@ci', (b'c', 7)), ('<3s', (b'abc',)), ('>?', (True,)), ('<e', (0.5,))]
for rounds in range(3):
    for fmt, values in formats:
        result = roundtrip(fmt, values)
        if rounds == 2:
            print(fmt, result, struct.calcsize(fmt))
for n in range(1, 12):
    fmt = '<' + str(n) + 'H'
    values = list(range(n))
    if struct.unpack(fmt, struct.pack(fmt, *values)) != tuple(values):
        print('mismatch', fmt)
print(struct.pack('<' + 'h' * 20, *range(20)))
print(struct.unpack('<20h', struct.pack('<' + 'h' * 20, *range(20))))
