# a == (a // b) * b + a % b holds approximately for floats; signs follow the divisor.
for a in [7.5, -7.5, 0.3, -0.3, 1e10 + 0.5]:
    for b in [2.0, -2.0, 0.1, 3]:
        q, r = a // b, a % b
        print(a, b, q, r, divmod(a, b) == (q, r), abs((q * b + r) - a) < 1e-9)
