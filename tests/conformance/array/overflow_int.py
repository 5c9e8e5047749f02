# 'i' is a signed int; 'I' converts as unsigned long, then checks an unsigned int's range.
import array

for code in 'iI':
    a = array.array(code)
    for v in [0, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 2**64, -2**64]:
        try:
            a.append(v)
            print(code, v, 'ok')
        except OverflowError as e:
            print(code, v, type(e).__name__, e)
    print(a)
