# 'l' and 'L' are 8 bytes here (LP64): C long and unsigned long messages.
import array

for code in 'lL':
    a = array.array(code)
    for v in [0, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**200]:
        try:
            a.append(v)
            print(code, v, 'ok')
        except OverflowError as e:
            print(code, v, type(e).__name__, e)
    print(a)
