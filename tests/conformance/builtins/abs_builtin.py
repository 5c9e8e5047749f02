# abs() of ints, floats and bools.
for v in [0, 5, -5, -2**63, -2**100, 2.5, -2.5, -0.0, float("-inf"), float("nan"), True, False]:
    print(repr(v), repr(abs(v)), type(abs(v)).__name__)
for bad in ["-1", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
