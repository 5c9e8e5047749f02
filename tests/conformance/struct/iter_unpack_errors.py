# iter_unpack refuses zero-size structs and buffers that are not a whole number of records.
import struct

def attempt(f, *args):
    try:
        f(*args)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

s = struct.Struct('>ibcp')
attempt(s.iter_unpack, b'')
attempt(s.iter_unpack, b'1234567')
attempt(s.iter_unpack, b'123456')
attempt(s.iter_unpack, b'12345678')
z = struct.Struct('>')
attempt(z.iter_unpack, b'')
attempt(z.iter_unpack, b'12')
attempt(struct.iter_unpack, 'i', b'abcdefg')
attempt(struct.iter_unpack, '', b'abcdefg')
attempt(struct.iter_unpack, 'x0i', b'abcdefg')
attempt(struct.iter_unpack, '0s', 'not a buffer')
attempt(struct.iter_unpack, 'i', 'abc')
attempt(struct.iter_unpack, 'i', 7)
attempt(struct.iter_unpack, 'i')
attempt(struct.iter_unpack)
