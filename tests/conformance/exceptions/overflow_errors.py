# OverflowError from conversions and float arithmetic.
for f in [lambda: float(10**400), lambda: int(float("inf")), lambda: 2.0 ** 5000, lambda: (10**400) / 7,
          lambda: 1e308 * 10, lambda: (2**64).to_bytes(8, "big"), lambda: round(float("inf")), lambda: 10**20 * 1.5]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e, isinstance(e, ArithmeticError))
