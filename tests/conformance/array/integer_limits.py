# The smallest and largest value of each integer typecode survive a round trip through the bytes.
import array

for code in 'bBhHiIlLqQ':
    size = array.array(code).itemsize
    signed = code.islower()
    lo = -2 ** (size * 8 - 1) if signed else 0
    hi = 2 ** (size * 8 - 1) - 1 if signed else 2 ** (size * 8) - 1
    a = array.array(code, [lo, hi, 0, 1])
    b = array.array(code, a.tobytes())
    print(code, size, a.tolist() == [lo, hi, 0, 1], b == a, b[0] == lo, b[1] == hi)
    for bad in [lo - 1, hi + 1]:
        try:
            a.append(bad)
            print(code, bad, 'accepted')
        except OverflowError:
            print(code, 'refuses', bad)
