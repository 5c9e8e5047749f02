# fromunicode and tounicode are for 'u' and 'w' arrays only.
import array

for code in 'uw':
    a = array.array(code)
    a.fromunicode('hello')
    a.fromunicode('')
    a.fromunicode(' w\xf6rld \u4e16\U0001F30D')
    print(a, len(a), a.itemsize)
    s = a.tounicode()
    print(type(s).__name__, s, len(s))
    print(a.tolist()[-3:])
    print(array.array(code).tounicode() == '')
    try:
        a.fromunicode(b'bytes')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        a.fromunicode(None)
    except TypeError as e:
        print(type(e).__name__, e)
for code in 'bBhHiIlLqQfd':
    a = array.array(code)
    try:
        a.fromunicode('x')
    except ValueError as e:
        print(code, type(e).__name__, e)
    try:
        a.tounicode()
    except ValueError as e:
        print(code, type(e).__name__, e)
try:
    array.array('i').fromunicode(5)
except TypeError as e:
    print(type(e).__name__, e)
