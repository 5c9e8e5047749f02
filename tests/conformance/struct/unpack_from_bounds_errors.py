# unpack_from needs calcsize bytes after the offset; the message names all the numbers.
import struct
import sys

def attempt(fmt, data, *offset):
    try:
        print(struct.unpack_from(fmt, data, *offset))
    except struct.error as e:
        print(e)

attempt('i', b'abcdefghij', 8)
attempt('i', b'abcdefghij', 11)
attempt('i', b'abcdefghij', 10)
attempt('i', b'abcdefghij', 6)
attempt('b', bytearray(1), 5)
attempt('i', b'ab')
attempt('0s', b'', 1)
attempt('<I', bytearray(10), sys.maxsize)
attempt('3s', b'abc', 1)
