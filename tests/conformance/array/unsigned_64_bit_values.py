# 'L' and 'Q' hold values up to 2**64 - 1, which are beyond a signed machine word.
import array

for code in 'LQ':
    a = array.array(code, [2**63, 2**64 - 1, 2**63 - 1])
    print(a)
    print(a[0], a[1] - a[0], a.tolist())
    print(a[0] > a[2], max(a), sum(a))
    a[2] = 2**64 - 2
    print(a.index(2**64 - 2), a.count(2**63), 2**64 - 1 in a)
    print(a.tobytes())
    b = array.array(code, a.tobytes())
    print(b == a, b < array.array(code, [2**64 - 1]))
    a.byteswap()
    print(a)
