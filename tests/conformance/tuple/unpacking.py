# Tuple and list unpacking, nested targets and swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, second, third = range(3)
print(first, second, third)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
m, = [42]
print(m)
a = b = c = (7, 8)
print(a, b is c)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "X"
print(i, lst)
