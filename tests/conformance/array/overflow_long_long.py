# 'q' and 'Q': long long conversions have their own messages.
import array

for code in 'qQ':
    a = array.array(code)
    for v in [0, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, -2**100]:
        try:
            a.append(v)
            print(code, v, 'ok')
        except OverflowError as e:
            print(code, v, type(e).__name__, e)
    print(a)
