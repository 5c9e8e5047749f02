# Chained, tuple, list and nested assignment; targets are assigned left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = 1, 2
[r, s] = (3, 4)
(t, (u, v)) = (5, [6, 7])
print(p, q, r, s, t, u, v)
m, n = n2, m2 = 8, 9
print(m, n, n2, m2)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 99
print(i, lst)
lst[0:2] = lst[1:3]
print(lst)
first, second = "ab"
print(first, second)
d = {}
d["k"] = d2 = {"inner": 1}
print(d, d2)
