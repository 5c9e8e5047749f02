# Dividing a float by zero raises ZeroDivisionError (messages differ by CPython version).
cases = [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0.0, lambda: divmod(1.0, 0), lambda: -1.5 / -0.0, lambda: 0.0 ** -1,
         lambda: 1 / 0]
for f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(float("inf") / 1e-300 > 0, 1e-300 / 1e300)
