# CPython's test_trailing_counter: a count with no format character after it is an error everywhere.
import struct

store = bytearray(b' ' * 100)
for call in [lambda: struct.pack('12345'), lambda: struct.unpack('12345', b''),
             lambda: struct.pack_into('12345', store, 0), lambda: struct.unpack_from('12345', store, 0),
             lambda: struct.pack('c12345', b'x'), lambda: struct.unpack('c12345', b'x'),
             lambda: struct.pack_into('c12345', store, 0, b'x'), lambda: struct.unpack_from('c12345', store, 0),
             lambda: struct.pack('14s42', b'spam and eggs'), lambda: struct.unpack('14s42', b'spam and eggs'),
             lambda: struct.pack_into('14s42', store, 0, b'spam and eggs'),
             lambda: struct.unpack_from('14s42', store, 0), lambda: struct.Struct('3'), lambda: struct.iter_unpack('i2', b'')]:
    try:
        call()
        print('no error')
    except struct.error as e:
        print(e)
print(store == bytearray(b' ' * 100))
