# Buffers too small for the struct at the offset get CPython's exact messages.
import struct
import sys

def attempt(fmt, size, offset, *values):
    try:
        struct.pack_into(fmt, bytearray(size), offset, *values)
        print(fmt, size, offset, 'ok')
    except struct.error as e:
        print(e)

attempt('i', 10, 8, 1)
attempt('i', 10, 11, 1)
attempt('i', 10, 6, 1)
attempt('i', 10, 7, 1)
attempt('b', 1, 5, 1)
attempt('21s', 10, 0, b'x')
attempt('21s', 10, 2, b'x')
attempt('<I', 10, sys.maxsize, 1)
attempt('0s', 0, 1, b'')
attempt('', 3, 3)
attempt('', 3, 4)
