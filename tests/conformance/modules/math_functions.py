# math.floor, ceil, sqrt, isnan, isinf, inf and nan.
import math
for v in [2.5, -2.5, 3.0, -0.5, 1e20, 7, -7, True]:
    print(v, math.floor(v), math.ceil(v), type(math.floor(v)).__name__)
for v in [0.0, 1.0, 2.0, 16, 0.25, 1e100, 2**64]:
    print(v, math.sqrt(v))
print(math.inf, -math.inf, math.nan, math.inf == float("inf"), math.inf > 10**400)
for v in [0.0, math.inf, -math.inf, math.nan, 1e308 * 10, 5, float("nan")]:
    print(v, math.isnan(v), math.isinf(v))
print(math.sqrt(-0.0), math.floor(-0.0), math.ceil(-0.5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError")
for f in [math.floor, math.ceil]:
    for bad in [math.inf, math.nan]:
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
try:
    math.floor("1")
except TypeError as e:
    print("TypeError", e)
