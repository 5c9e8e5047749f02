# struct reads and writes arrays through the buffer protocol; iter_unpack holds an export while it runs.
import array
import struct

a = array.array('i', [0, 0])
struct.pack_into('i', a, 4, 7)
struct.pack_into('<h', a, 0, -2)
print(a, struct.unpack('2i', a), struct.unpack_from('i', a, 4))
print(list(struct.iter_unpack('h', array.array('h', [1, 2, 3]))))
print(struct.unpack('4B', array.array('B', [1, 2, 3, 4])), struct.unpack('d', array.array('d', [0.5])))
it = struct.iter_unpack('i', a)
try:
    a.append(1)
except BufferError as e:
    print(type(e).__name__, e)
print(list(it))
a.append(1)
print(a)
try:
    struct.pack_into('q', a, 8, 1)
except struct.error as e:
    print(type(e).__name__, e)
print(int.from_bytes(array.array('B', [1, 2]), 'little'), int.from_bytes(array.array('H', [258]), 'big'))
