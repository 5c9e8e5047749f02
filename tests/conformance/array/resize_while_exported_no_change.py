# An export only forbids changes of size: operations that keep the size still work, and the
# memoryview sees them because the array changes its storage in place.
import array

a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
a[0] = 10
a[1:3] = array.array('i', [20, 30])
a[::3] = array.array('i', [-1, -4])
print(a, m.tolist())
a.reverse()
print(m.tolist())
a.byteswap()
print(m.tolist() == a.tolist(), m[0] == a[0])
a.byteswap()
a.extend([])
a.extend(array.array('i'))
a.frombytes(b'')
a.fromlist([])
b = a
b *= 1
b += array.array('i')
print(a, m.tolist(), b is a)
m[1] = 99
print(a)
# array_ass_subscr refuses even an empty slice replaced by nothing, or deleted
for name in ['empty slice assignment', 'empty del']:
    try:
        if name == 'empty del':
            del a[2:2]
        else:
            a[2:2] = array.array('i')
        print(name, 'allowed')
    except BufferError as e:
        print(name, type(e).__name__, e)
m.release()
print(a)
