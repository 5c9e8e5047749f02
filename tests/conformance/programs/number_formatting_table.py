# A formatted table of powers, roots and conversions.
import math
print(f"{'n':>3} {'n**2':>6} {'2**n':>22} {'sqrt':>8} {'hex':>6} {'bin':>10}")
for n in [0, 1, 2, 3, 7, 10, 16, 31, 63, 64, 70]:
    print(f"{n:>3} {n * n:>6} {2 ** n:>22} {math.sqrt(n):>8.4f} {hex(n):>6} {bin(n):>10}")
print(f"{sum(2 ** n for n in range(65)):,}")
