# Negative offsets count from the end of the buffer; the struct must still fit before the end.
import struct

def attempt(fmt, size, offset, *values):
    buf = bytearray(size)
    try:
        struct.pack_into(fmt, buf, offset, *values)
        print(fmt, offset, buf)
    except struct.error as e:
        print(fmt, offset, 'error:', e)

attempt('<i', 10, -4, 1)
attempt('<i', 10, -5, 1)
attempt('<i', 10, -10, 1)
attempt('<i', 10, -2, 1)
attempt('<i', 10, -3, 1)
attempt('<i', 10, -11, 1)
attempt('<i', 10, -20, 1)
attempt('<I', 10, -2, 123)
attempt('<B', 10, -11, 123)
attempt('<i', 2, -3, 1)
attempt('0s', 0, -1, b'')
attempt('0s', 0, 0, b'')
attempt('b', 1, -1, 5)
