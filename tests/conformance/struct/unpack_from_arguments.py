# unpack_from's arguments: buffer and offset may be keywords; offset must be an index-sized int.
import struct

data = b'abcdefghij'

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(struct.unpack_from, 'i', data, offset=2)
attempt(struct.unpack_from, 'i', buffer=data, offset=2)
attempt(struct.unpack_from, 'i', buffer=data)
attempt(struct.unpack_from, 'i', data, 2 ** 70)
attempt(struct.unpack_from, 'i', data, -2 ** 70)
attempt(struct.unpack_from, 'i', data, None)
attempt(struct.unpack_from, 'i', data, 1.0)
attempt(struct.unpack_from, 'i', data, True)
attempt(struct.unpack_from, 'i', 'abcdefghij')
attempt(struct.unpack_from)
attempt(struct.unpack_from, 'i')
s = struct.Struct('<h')
attempt(s.unpack_from, data, 3)
attempt(s.unpack_from, buffer=data, offset=4)
attempt(s.unpack_from, data, offset=1)
attempt(s.unpack_from)
attempt(s.unpack_from, data, '1')
