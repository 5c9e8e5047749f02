# 3.14: u_setitem/w_setitem name the type or the length of what is not one character
import array

for code in 'uw':
    a = array.array(code, 'ab')
    for v in ['', 'xy', 'abc', 1, None, b'a', ['a']]:
        try:
            a.append(v)
        except TypeError as e:
            print(code, type(e).__name__, e)
    try:
        a[0] = 65
    except TypeError as e:
        print(code, type(e).__name__, e)
    a[0] = '\U0001F600'
    a.append('\x00')
    print(a, len(a), a.tounicode() == '\U0001F600b\x00')
