# int(), round() and // turn floats back into ints.
for v in [2.5, -2.5, 2.4999, 1e20, -1e20, 123.999, 1e-10, 5.0, -5.0]:
    print(v, int(v), round(v), v // 1, int(v // 1))
print(int(1e300) == 10**300, int(1e300) - 10**300)
print(round(1e300) == int(1e300))
for bad in [float("inf"), float("nan")]:
    for conv in [int, round]:
        try:
            print(conv(bad))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
