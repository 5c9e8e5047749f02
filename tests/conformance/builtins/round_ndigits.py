# round() with and without ndigits; the result type depends on ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 12345.6789, 7, -15]:
    print(v, round(v), round(v, None), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 0)).__name__, type(round(7, -1)).__name__)
print(round(True), round(False, 3), round(10**30 + 5, -1))
for args in [("1.5",), (1.5, 1.5), (1.5, "1"), (float("inf"),), (float("nan"),)]:
    try:
        print(round(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
