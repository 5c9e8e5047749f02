# array._array_reconstructor(arraytype, typecode, mformat_code, items), what pickled arrays are rebuilt with:
# bytes in the typecode's own machine format are taken as they are; other formats are decoded, and integer
# formats choose the integer typecode of their size and signedness.
import array
from array import _array_reconstructor as rebuild

print(rebuild(array.array, 'i', 8, bytes([1, 0, 0, 0, 255, 255, 255, 255])))
print(rebuild(array.array, 'b', 0, b'\x01\xff'), rebuild(array.array, 'B', 1, b'\x01\xff'))
for code in range(2, 14):
    a = rebuild(array.array, 'q', code, bytes(range(1, 17)))
    print(code, a.typecode, a.tolist())
print(rebuild(array.array, 'd', 15, b'\x3f\xf0\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00'))
print(rebuild(array.array, 'f', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
print(rebuild(array.array, 'w', 19, b'\x00h\x00\xe9'), rebuild(array.array, 'w', 21, b'\x00\x00\x00x\x00\x00\x20\xac'))
print(rebuild(array.array, 'u', 18, b'h\x00\xe9\x00'))

for args in [('', 'b', 0, b''), (str, 'b', 0, b''), (array.array, 'b', '', b''), (array.array, 'b', 0, ''),
             (array.array, '?', 0, b''), (array.array, 'b', -1, b''), (array.array, 'b', 22, b''),
             (array.array, 'd', 16, b'a')]:
    try:
        rebuild(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
