# The numbers protocol of int, bool and float: real/imag/numerator/denominator, conjugate, ratios, bit counts.
for v in (0, 7, -7, True, False, 2**70, -2**63, 2**63 - 1):
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio(), v.is_integer(),
          v.bit_length(), v.bit_count())
    print(type(v.real).__name__, type(v.conjugate()).__name__)
for f in (0.0, -0.0, 2.5, -0.75, 1e300, 5e-324, 0.1, 3.0, 1e16):
    print(f, f.real, f.imag, f.conjugate(), f.is_integer(), f.as_integer_ratio())
for bad in (float("inf"), float("-inf"), float("nan")):
    print(bad.is_integer(), bad.real)
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print("{0.real}-{0.imag}".format(5), "{0.denominator}".format(2.5 .as_integer_ratio()[1]))
for call in (lambda: int.bit_length("x"), lambda: int.conjugate(1.5), lambda: float.is_integer(1),
             lambda: float.as_integer_ratio("s")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
