# Membership in float views uses float equality, including infinities (test_memoryview_sequence).
import array
for fmt in ("d", "f"):
    inf = float(3e400)
    m = memoryview(array.array(fmt, [1.0, inf, 3.0]))
    print(fmt, 1.0 in m, 5e700 in m, 3.0 in m, 3 in m, 2.0 in m)
n = memoryview(array.array("d", [float("nan")]))
print(float("nan") in n, n[0] in n)
