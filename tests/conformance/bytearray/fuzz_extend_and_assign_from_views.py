# Found by tests/fuzz: bytearray.extend() wants a contiguous buffer and says so with a TypeError, while
# slice assignment copies a value of any layout first.
import array
strided = memoryview(b'abcdef')[::2]
released = memoryview(b'xy')
released.release()
for value in [strided, released, memoryview(b'ok'), array.array('h', [1, 2])]:
    b = bytearray(b'12345')
    try:
        b.extend(value)
        print('extend', b)
    except (TypeError, ValueError) as e:
        print('extend', type(e).__name__, e)
    try:
        b[1:3] = value
        print('assign', b)
    except (TypeError, ValueError) as e:
        print('assign', type(e).__name__, e)
    try:
        b[::2] = value
        print('extended', b)
    except (TypeError, ValueError) as e:
        print('extended', type(e).__name__, e)
