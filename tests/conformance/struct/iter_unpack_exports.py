# The iterator holds the buffer until exhausted: the bytearray cannot be resized meanwhile.
import struct

b = bytearray(8)
it = struct.iter_unpack('i', b)
try:
    b.append(1)
except BufferError as e:
    print(type(e).__name__, e)
b[0] = 5
print(next(it))
try:
    b.extend(b'xy')
except BufferError as e:
    print(e)
print(list(it))
b.append(1)
print(len(b), b)
it = struct.iter_unpack('<h', b[:0])
print(list(it))
