# Reading slices with every combination of bounds and steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::3], a[::-1], a[::-3])
print(a[8:2:-2], a[2:8:-1], a[-1:-4:-1], a[100:], a[-100:2], a[5:5])
print(a[slice(2, None)], a[slice(None, None, -2)], a[slice(-2, None, None)])
s = a[:]
print(s == a, s is a)
for bad in [lambda: a[::0], lambda: a[1.0:2], lambda: a["x"]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
