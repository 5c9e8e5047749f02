# Struct() and its methods check their arguments as CPython does.
import struct

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(struct.Struct)
attempt(struct.Struct, 'z')
attempt(struct.Struct, '<n')
attempt(struct.Struct, 5)
attempt(struct.Struct, None)
attempt(struct.Struct, fmt='i')
s = struct.Struct('i')
attempt(s.unpack)
attempt(s.iter_unpack)
attempt(s.pack)
attempt(s.pack_into)
attempt(s.pack_into, bytearray(4))
attempt(struct.Struct.pack, 1)
attempt(struct.Struct.unpack, b'1234', b'1234')
