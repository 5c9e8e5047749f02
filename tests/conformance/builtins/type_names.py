# type(x).__name__ for every kind of value, including functions and builtins.
import sys
import math
def f():
    pass
values = [1, 1.0, True, None, "s", b"b", bytearray(), [], (), {}, range(1), slice(1), ..., f, lambda: 0,
          len, print, "".join, [].append, enumerate([]), zip(), {}.keys(), {}.values(), {}.items(), (x for x in []), sys, math,
          ValueError("x"), ValueError, int, type]
for v in values:
    print(type(v).__name__)
print(type(type(1)).__name__, type(int).__name__, int.__name__, ValueError.__name__)
