# pack needs exactly as many values as the format has items ('s', 'p' count once, 'x' not at all).
import struct

def attempt(fmt, *values):
    try:
        print(fmt, struct.pack(fmt, *values))
    except struct.error as e:
        print(fmt, 'error:', e)

attempt('ii', 1)
attempt('i', 1, 2)
attempt('i')
attempt('3s', b'a', b'b')
attempt('0s')
attempt('0s', b'abc')
attempt('iii', 3)
attempt('i', 3, 3, 3)
attempt('3i', 1, 2)
attempt('10c')
attempt('5x', 1)
attempt('')
attempt('', 1)
attempt('2p3s', b'a', b'b', b'c')
try:
    struct.pack()
except TypeError as e:
    print('TypeError', e)
