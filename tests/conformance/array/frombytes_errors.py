# frombytes needs a bytes-like object whose length is a multiple of the item size.
import array

a = array.array('i', [1])
for value in ['abcd', 4, None, [1, 2, 3, 4], array.array('i', [2])]:
    try:
        a.frombytes(value)
    except TypeError as e:
        print(type(e).__name__, e)
for data in [b'\x01', b'\x01\x02\x03', bytearray(5)]:
    try:
        a.frombytes(data)
    except ValueError as e:
        print(len(data), type(e).__name__, e)
print(a)
b = array.array('B')
b.frombytes(array.array('b', [-1, 1]))
b.frombytes(array.array('B', [7]))
print(b)
