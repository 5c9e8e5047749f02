# Modules are objects: attributes, hasattr/getattr, and module-level errors.
import math
import sys
print(hasattr(math, "sqrt"), hasattr(math, "nothing_here"), getattr(sys, "byteorder") == sys.byteorder)
f = math.floor
print(f(9.99), callable(f), callable(math))
print(type(math).__name__, type(math.inf).__name__, type(sys.argv[0]).__name__)
try:
    math.nothing_here
except AttributeError as e:
    print("AttributeError", e)
