# bytes-like consumers take an array through the buffer protocol: its machine values.
import array

a = array.array('h', [1, 256, -1])
print(bytes(a), bytearray(a), len(bytes(a)))
print(b'x' + a, bytearray(b'y') + a)
c = bytearray()
c += a
c.extend(array.array('B', [65]))
print(c)
print(array.array('B', b'ab') == b'ab', bytes(array.array('d')))
print(array.array('B', b'\x01\x02').tobytes() == bytes(array.array('B', [1, 2])))
print(int.from_bytes(array.array('B', [1, 2]), 'big'))
