# Integer typecodes take ints, bools and objects with __index__; anything else is a TypeError.
import array

for code in 'bBhHiIlLqQ':
    a = array.array(code, [1])
    for v in [1.0, '1', None, b'1', [1], 2.5]:
        try:
            a.append(v)
        except TypeError as e:
            print(code, type(e).__name__, e)
    a.append(True)
    a[0] = False
    print(a)
