# % takes the sign of the divisor; a == (a // b) * b + a % b.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3]:
        r = a % b
        print(a, "%", b, "=", r, (a // b) * b + r == a)
print(-1 % 10, 1 % -10)
print(2**64 % 7, -2**64 % 7, 2**64 % -7)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(0.0 % 5, -0.0 % 5, 3 % 1.5)
print(5 % 2.5, -5 % 3.0)
print(-1e-20 % 1.0)
