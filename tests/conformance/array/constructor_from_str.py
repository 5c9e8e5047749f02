# A str initializes only unicode arrays ('u' and 'w'); any other typecode refuses it.
import array

a = array.array('w', 'hello')
print(a, len(a), a[0], a[-1])
b = array.array('u', 'caf\xe9 \u20ac')
print(b, len(b), b.tolist())
c = array.array('w', 'a\U0001F600b')
print(c, len(c), c[1] == '\U0001F600')
print(array.array('w', ''), array.array('u', ''))
for code in 'bBhHiIlLqQfd':
    try:
        array.array(code, 'abc')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    array.array('i', '')
except TypeError as e:
    print(type(e).__name__, e)
