# extend iterates bytes like any iterable (unlike the constructor and frombytes): each byte is an int.
import array

a = array.array('B', [1])
a.extend(b'\x02\x03')
a.extend(bytearray(b'\xff'))
print(a)
b = array.array('h')
b.extend(b'ab')
print(b)
c = array.array('b')
try:
    c.extend(b'\x01\x80')
except OverflowError as e:
    print(type(e).__name__, e)
print(c)
d = array.array('d', b'\x00' * 8)
d.extend(b'\x01')
print(d)
