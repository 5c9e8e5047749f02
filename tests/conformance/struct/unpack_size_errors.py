# unpack needs a buffer of exactly calcsize(format) bytes.
import struct

def attempt(fmt, data):
    try:
        print(fmt, struct.unpack(fmt, data))
    except struct.error as e:
        print(fmt, 'error:', e)

attempt('i', b'abc')
attempt('i', b'abcde')
attempt('ii', b'a' * 9)
attempt('d', b'flap')
attempt('iii', struct.pack('ii', 1, 2))
attempt('i', struct.pack('ii', 1, 2))
attempt('', b'a')
attempt('10s', b'')
attempt('ci', b'a\0\0\0\0')
attempt('<ci', b'a\0\0\0\0')
for code in 'bBhHiIlLqQ':
    fmt = '<' + code
    attempt(fmt, struct.pack(fmt + 'x', 1))
