# round() uses banker's rounding on exact halves, and the binary value decides ties.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (1234.5678, -2),
             (1250.0, -2), (1350.0, -2), (0.0005, 3), (-2.675, 2), (1e300, -299), (1.5, 5)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(2.5, None), round(0.1 + 0.2, 1), round(1 / 3, 4))
print(round(123.456, -1), round(-123.456, -1), round(123.456, 1))
print(round(5e-324, 400), round(1.5e300, -300))
