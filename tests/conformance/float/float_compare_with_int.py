# Float/int comparisons are exact, never rounded through float.
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big)
print(2**63 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18)
print(10**16 + 1 > 1e16, 10**16 + 1 == 1e16 + 1)
print(1 < 1.0000000000000002, 1 == 0.9999999999999999 + 1e-16)
print(sorted([3, 2.5, True, -1, 0.0, 2**53 + 1, 2.0**53]))
print(max(2, 2.0), min(2.0, 2), max([1, 1.0, True]))
print(-1 < -0.5 < 0 == 0.0 < 1e-300 < 1)
