# Only arrays of the same typecode can be assigned to an array slice.
import array

a = array.array('i', [1, 2, 3])
for value in [[4, 5], (4,), b'\x00\x00\x00\x00', 'ab', 7, None, bytearray(4)]:
    try:
        a[0:1] = value
    except TypeError as e:
        print(type(e).__name__, e)
for code in 'bIld':
    try:
        a[:] = array.array(code, [1])
    except TypeError as e:
        print(code, type(e).__name__, e)
try:
    a[::2] = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(a)
# the slice is checked before the value
try:
    a[::0] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a['x':] = array.array('i')
except TypeError as e:
    print(type(e).__name__, e)
