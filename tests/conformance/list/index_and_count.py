# index with bounds and count with equal-but-different values.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, 5, 9), a.index(3, -3))
print(a.count(5), a.count(1), a.count(7), [1, 1.0, True].count(1), [[1], [1]].count([1]))
print(["a", "b"].index("b"), [None, 0].index(0), [0.0].index(0))
for args in [(7,), (4, 3), (1, 0, 1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(args, "ValueError")
