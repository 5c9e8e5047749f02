# NaN and infinities survive a round trip through the float formats.
import math
m = memoryview(bytearray(24))
for fmt in "efd":
    v = m.cast(fmt)
    v[0] = float("nan")
    v[1] = float("inf")
    v[2] = -float("inf")
    print(fmt, math.isnan(v[0]), v[1], v[2], math.isinf(v[1]), v[1] > 0, v[2] < 0)
    v[0] = -0.0
    print(fmt, v[0], str(v[0]) == "-0.0")
