# Wrong numbers of arguments to the module functions.
import struct

def attempt(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(struct.unpack, 'i')
attempt(struct.unpack)
attempt(struct.iter_unpack)
attempt(struct.iter_unpack, 'i')
attempt(struct.calcsize)
attempt(struct.pack)
attempt(struct.pack_into)
attempt(struct.unpack_from)
attempt(struct.unpack_from, 'i')
