# bytes and bytearray initializers are machine values (frombytes), not lists of ints.
import array
import sys

print(sys.byteorder)
print(array.array('B', b'\x00\x01\xff'))
print(array.array('b', bytearray(b'\x80\x7f')))
print(array.array('h', b'\x01\x00\xff\xff'))
print(array.array('H', b'\x01\x02'))
print(array.array('i', b'\x01\x00\x00\x00\x00\x00\x00\x80'))
print(array.array('I', bytearray(b'\xff\xff\xff\xff')))
print(array.array('q', b'\xff' * 8))
print(array.array('Q', b'\xff' * 8))
print(array.array('d', b'\x00\x00\x00\x00\x00\x00\xf0\x3f'))
print(array.array('f', b'\x00\x00\xc0\x3f'))
print(array.array('w', b'a\x00\x00\x00b\x00\x00\x00'))
print(array.array('i', b''), array.array('d', bytearray()))
for code, data in [('h', b'abc'), ('i', b'abcdef'), ('d', bytearray(b'1234567')), ('w', b'ab')]:
    try:
        array.array(code, data)
    except ValueError as e:
        print(code, type(e).__name__, e)
