# Every operator and builtin that divides raises ZeroDivisionError on zero.
cases = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("divmod(1, 0)", lambda: divmod(1, 0)), ("2**100 // 0", lambda: 2**100 // 0),
         ("1.5 / 0", lambda: 1.5 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.5 // 0", lambda: 1.5 // 0),
         ("1.5 % 0.0", lambda: 1.5 % 0.0), ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -2", lambda: 0.0 ** -2),
         ("pow(0, -1)", lambda: pow(0, -1)), ("x /= 0", None)]
for label, f in cases:
    try:
        if f is None:
            x = 5
            x /= 0
        else:
            f()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, isinstance(e, ArithmeticError))
try:
    1 / 0
except ZeroDivisionError as e:
    print("int true division message:", e)
