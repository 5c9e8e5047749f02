# pack_into writes into a writable buffer at an offset and returns None.
import array
import struct

buf = bytearray(12)
print(struct.pack_into('<hi', buf, 0, 1, -2), buf)
struct.pack_into('>h', buf, 10, 0x0102)
print(buf)
struct.pack_into('3s', buf, 6, b'xyz')
print(buf)
test_string = b'Reykjavik rocks, eow!'
writable = array.array('b', b' ' * 100)
s = struct.Struct('21s')
s.pack_into(writable, 0, test_string)
print(writable.tobytes()[:len(test_string)])
s.pack_into(writable, 10, test_string)
print(writable.tobytes()[:len(test_string) + 10])
struct.pack_into('21s', writable, 30, test_string)
print(writable.tobytes()[25:55])
m = memoryview(bytearray(8))
struct.pack_into('<q', m, 0, -1)
print(m.tobytes())
