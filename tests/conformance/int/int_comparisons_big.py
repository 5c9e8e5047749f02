# Comparisons between small and big ints and floats.
a = 2**100
print(a > 2**63, a < -a, -a < -2**63, a == 2**100, a != a + 1)
print(sorted([a, -a, 0, 2**63, -2**63, 1]))
print(max([3, a, -a]), min([3, a, -a]))
print(a == float(a), a + 1 == float(a), a + 1 > float(a))
print(2**1000 > 1e300, 2**1025 > float("inf"), -2**1025 < float("-inf"))
print(10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
