# // rounds toward negative infinity for every sign combination.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3]:
        print(a, "//", b, "=", a // b)
print(-1 // 10, 1 // -10)
print(2**64 // 3, -2**64 // 3, 2**64 // -3)
print(7.0 // 2, -7.0 // 2, 7 // -2.0, -7.5 // 2)
print(-0.5 // 1, 0.5 // -1)
