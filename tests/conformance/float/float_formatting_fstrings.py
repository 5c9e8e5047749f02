# Float format specs: fixed, exponent, general, percent, rounding half even on the binary value.
values = [0.0, 1.0, -1.5, 3.14159265, 2.5, 0.125, 1234567.891, 1e-7, 1e22, 0.1 + 0.2]
for v in values:
    print(f"{v} | {v:.2f} | {v:10.3f} | {v:e} | {v:.3g} | {v:g} | {v:+.1f}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{1e16:.1f} {123.456:.0e} {float('inf'):.2f} {float('nan'):f} {-float('inf'):e}")
print(f"{1234.5:,.2f} {0.000123:.2%} {12.0:08.2f} {-12.0:08.2f}")
print(f"{3.0:g} {3.5:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
