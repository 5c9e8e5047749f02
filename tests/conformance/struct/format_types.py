# A format is a str or a bytes object; other types are refused with CPython's TypeErrors.
import struct

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(struct.calcsize, b'ii')
attempt(struct.calcsize, b'<q')
attempt(struct.pack, b'>h', 1)
attempt(struct.unpack, b'>h', b'\x00\x01')
attempt(struct.calcsize, 5)
attempt(struct.calcsize, None)
attempt(struct.calcsize, 1.5)
attempt(struct.calcsize, bytearray(b'ii'))
attempt(struct.calcsize, ['i'])
attempt(struct.pack, 5)
attempt(struct.pack, 5, 1)
attempt(struct.unpack, (), b'')
attempt(struct.Struct, 5)
attempt(struct.Struct, bytearray(b'i'))
attempt(struct.Struct, ['i'])
print(struct.Struct(b'<2h').format, type(struct.Struct(b'<2h').format).__name__)
