# frombytes takes any exporter of single bytes; arrays with larger items are refused.
import array

a = array.array('h')
a.frombytes(memoryview(b'\x01\x00\x02\x00'))
a.frombytes(array.array('B', [3, 0]))
a.frombytes(array.array('b', [4, 0]))
a.frombytes(memoryview(bytearray(b'\x05\x00\x06\x00'))[2:])
print(a)
for source in [array.array('h', [1]), memoryview(array.array('i', [1])), memoryview(b'abcd').cast('i')]:
    try:
        a.frombytes(source)
    except TypeError as e:
        print(type(e).__name__, e)
b = array.array('B', [1, 2])
try:
    b.frombytes(b)
except BufferError as e:
    print(type(e).__name__, e)
print(b)
c = array.array('i', [1])
try:
    c.frombytes(c)
except TypeError as e:
    print(type(e).__name__, e)
