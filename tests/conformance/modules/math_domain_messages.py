# 3.14: math_1's FUNC1D messages name the argument, loghelper says "expected a positive input" (Modules/mathmodule.c)
import math

def show(name, arg):
    f = getattr(math, name)
    try:
        print(name, arg, f(arg))
    except ValueError as e:
        print(name, arg, type(e).__name__, e)

for name, arg in [("sqrt", -1), ("sqrt", -2.5), ("sqrt", float("-inf")), ("sin", float("inf")), ("cos", float("-inf")),
                  ("tan", float("inf")), ("asin", 2), ("acos", -1.5), ("log1p", -1), ("log1p", -3.0),
                  ("log", 0), ("log", -1), ("log", 0.0), ("log", -2.5), ("log", float("-inf")), ("log", False),
                  ("log", -10 ** 30), ("log2", 0), ("log2", -0.5), ("log10", -1), ("log10", 0.0),
                  ("exp", 1000), ("fabs", -2), ("sqrt", 4)]:
    try:
        show(name, arg)
    except OverflowError as e:
        print(name, arg, type(e).__name__, e)
try:
    math.log(-1, 10)
except ValueError as e:
    print("log base", e)
