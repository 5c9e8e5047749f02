# frombytes appends machine values; tobytes returns them; the two round-trip every typecode.
import array

for code in array.typecodes:
    if code in 'uw':
        a = array.array(code, 'hi!')
    elif code in 'fd':
        a = array.array(code, [0.5, -1.25, 1e10])
    else:
        a = array.array(code, [1, 0, 127])
    data = a.tobytes()
    b = array.array(code)
    b.frombytes(data)
    b.frombytes(b'')
    print(code, len(data), len(data) == len(a) * a.itemsize, b == a, type(data).__name__)
a = array.array('H', [1, 2])
a.frombytes(b'\x03\x00')
a.frombytes(bytearray(b'\x04\x00\x05\x00'))
print(a)
a.frombytes(a.tobytes())
print(a, a.frombytes(b''))
print(array.array('B').tobytes(), array.array('i', [-1]).tobytes())
