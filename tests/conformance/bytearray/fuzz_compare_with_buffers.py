# Found by tests/fuzz: a bytearray compares as bytes with any contiguous buffer, on either side of the operator.
import array

ba = bytearray(b'ab')
m = memoryview(b'ab')
print(m < ba, m <= ba, m > ba, ba >= m, ba < memoryview(b'b'))
print(ba == array.array('b', [97, 98]), array.array('b', [97, 98]) == ba)
print(ba == array.array('h', [25185]), array.array('h', [25185]) == ba)
print(array.array('B', [97]) < ba, ba > array.array('B', [97, 98]))
wide = memoryview(array.array('i', [1]))
raw = bytearray(b'\x01\x00\x00\x00')
print(wide == raw, raw == wide, wide != raw, raw != wide)
print(raw <= wide, wide >= raw)
strided = memoryview(b'abcd')[::2]
print(ba == strided, strided == ba)
released = memoryview(b'ab')
released.release()
print(ba == released, ba != released)
for other in [released, strided, 'ab', 1, None]:
    try:
        print(ba < other)
    except TypeError as e:
        print(type(e).__name__, e)
for left, right in [(memoryview(b'a'), array.array('b')), (array.array('d'), memoryview(b'')), (1, array.array('i'))]:
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)
