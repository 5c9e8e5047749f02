# Float codes take ints, bools and floats; anything else is "required argument is not a float".
import struct

for code in 'efd':
    for prefix in ['', '<', '>']:
        for value in ['1.0', None, b'1', [1.0], (1.0,)]:
            try:
                struct.pack(prefix + code, value)
                print(prefix + code, repr(value), 'packed')
            except struct.error as e:
                print(prefix + code, repr(value), e)
