# Only bytes and bytearray initializers are machine values; other buffers are iterated like any iterable.
import array

print(array.array('B', memoryview(b'ab')))
print(array.array('h', memoryview(b'\x01\x00\x02\x00')))
print(array.array('h', memoryview(b'\x01\x00\x02\x00').cast('h')))
print(array.array('d', memoryview(array.array('f', [0.5, 1.5]))))
try:
    array.array('b', memoryview(b'\xff'))
except OverflowError as e:
    print(type(e).__name__, e)
