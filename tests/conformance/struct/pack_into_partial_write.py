# pack_into clears the struct's bytes first and writes items in order, so a bad item leaves a partial write.
import struct

buf = bytearray(b'\xaa' * 10)
try:
    struct.pack_into('<hxxh', buf, 2, 1, 2 ** 20)
except struct.error as e:
    print(e)
print(buf)
buf = bytearray(b'\xaa' * 12)
try:
    struct.pack_into('<iii', buf, 0, 1, 'x', 3)
except struct.error as e:
    print(e)
print(buf)
buf = bytearray(b'\xbb' * 8)
struct.pack_into('<bxxxxxxb', buf, 0, 1, 2)
print(buf)
buf = bytearray(b'\xcc' * 8)
try:
    struct.pack_into('<ii', buf, 0, 1)
except struct.error as e:
    print(e)
print(buf)
