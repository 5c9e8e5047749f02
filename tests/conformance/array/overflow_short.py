# 'h' is a signed short; 'H' parses as a C int first, then checks an unsigned short's range.
import array

for code in 'hH':
    a = array.array(code)
    for v in [0, -1, 32767, 32768, -32768, -32769, 65535, 65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**64]:
        try:
            a.append(v)
            print(code, v, 'ok')
        except OverflowError as e:
            print(code, v, type(e).__name__, e)
    print(a)
