# CPython's test_consistence: sizes add up and mismatched calls raise.
import struct

def raises(f, *args):
    try:
        f(*args)
        return 'no error'
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

print(raises(struct.calcsize, 'Z'))
sz = struct.calcsize('i')
print(sz * 3 == struct.calcsize('iii'))
print(struct.calcsize('cbxxxxxxhhhhiillffd?') * 3 == struct.calcsize('3c3b18x12h6i6l6f3d3?'))
print(raises(struct.pack, 'iii', 3))
print(raises(struct.pack, 'i', 3, 3, 3))
print(raises(struct.pack, 'i', 'foo'))
print(raises(struct.pack, 'P', 'foo'))
print(raises(struct.unpack, 'd', b'flap'))
s = struct.pack('ii', 1, 2)
print(raises(struct.unpack, 'iii', s))
print(raises(struct.unpack, 'i', s))
