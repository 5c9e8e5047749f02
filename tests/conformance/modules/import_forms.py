# import m, import m as n, from m import a, b, and their bindings.
import math
import sys as system
from math import floor, ceil
from math import sqrt as root, inf
import time, math as m2
print(math.floor(2.5), floor(-2.5), ceil(2.1), root(16.0), inf)
print(system.maxsize > 0, m2 is math, type(time).__name__)
print(math.__name__, system.__name__, time.__name__)
def local_import():
    import math as local_math
    return local_math.ceil(0.5)
print(local_import())
