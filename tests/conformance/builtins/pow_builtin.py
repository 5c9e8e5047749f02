# pow with two and three arguments, negative exponents and mixed types.
print(pow(2, 8), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(10, 20), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 11), pow(7, 2, -5), pow(2, 200, 10**9 + 7))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
for args in [(0, -1), ("2", 2), (2, "2"), (2, 2, 0), (2.0, 2, 3), (4, -1, 8)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e if not isinstance(e, ZeroDivisionError) else "")
