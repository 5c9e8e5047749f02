# A small program: a binary file format with a header and fixed-size records.
import struct

HEADER = struct.Struct('>4sHH')
RECORD = struct.Struct('>i16sd')

def encode(records):
    out = bytearray(HEADER.size + RECORD.size * len(records))
    HEADER.pack_into(out, 0, b'RECS', 1, len(records))
    for n, (ident, name, score) in enumerate(records):
        RECORD.pack_into(out, HEADER.size + n * RECORD.size, ident, name.encode(), score)
    return bytes(out)

def decode(data):
    magic, version, count = HEADER.unpack_from(data)
    if magic != b'RECS':
        raise ValueError('bad magic')
    result = []
    for ident, name, score in RECORD.iter_unpack(data[HEADER.size:]):
        result.append((ident, name.rstrip(b'\0').decode(), score))
    return version, count, result

data = encode([(1, 'alice', 91.5), (2, 'bob', 78.25), (-3, 'carol', 88.0)])
print(len(data), data[:8])
print(decode(data))
try:
    decode(data.replace(b'RECS', b'XXXX'))
except ValueError as e:
    print(e)
try:
    decode(data[:-1])
except struct.error as e:
    print(e)
