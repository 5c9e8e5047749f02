# 'f' rounds to single precision; 'd' keeps doubles; ints and bools become floats.
import array

f = array.array('f', [0.1, 1.5, 1e38, 1e39, -1e39, 3])
print(f)
print(f[0], f[0] == 0.1, f[1] == 1.5)
d = array.array('d', [0.1, 1e308, 5e-324, -0.0, 10**20, True])
print(d)
print(d[0] == 0.1, d[3], d.tolist())
f[0] = 2**24 + 1
print(f[0])
d[0] = 2**53 + 1
print(d[0])
for code in 'fd':
    a = array.array(code)
    for v in ['1.0', None, b'x', [1.0], 10**400, -10**400]:
        try:
            a.append(v)
        except (TypeError, OverflowError) as e:
            print(code, type(e).__name__, e)
    print(a)
