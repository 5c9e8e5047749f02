# int() truncates floats toward zero and converts bools.
for f in [3.9, -3.9, 0.5, -0.5, 1e18, 1e19, -1e19, 1.5e300, 2.0**63, -2.0**63]:
    print(f, int(f))
print(int(True), int(False))
print(int(-0.0))
print(int(123456789.99999))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(" -12 "), int("0012"))
