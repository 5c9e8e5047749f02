# union, intersection, difference, symmetric difference: methods take any iterables, operators sets only.
a = set(range(0, 60, 3))
b = set(range(0, 60, 5))
print(a | b, a & b, a - b, a ^ b)
print(b.union(range(20)), a.intersection(range(30)), a.difference([3, 6], {9}), a.symmetric_difference(range(10)))
print({1}.union([2], (3,)), {1, 2, 3}.intersection([2, 3, 4], {3}), {1, 2, 3}.difference([1], {2}))
print({1}.union(), {1}.intersection(), {1}.difference())
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.symmetric_difference({2: 0, 5: 0}))
print(set.union({1}, {2}), frozenset.union(frozenset({1}), [2]))
print(type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__, type(frozenset({1}).union({2})).__name__)
print({1, 2, 3} - {2} - {9}, frozenset({1, 2}) & {2, 3}, {1} ^ frozenset({2}))
print(set(range(100)) - {5}, set(range(3)) - set(range(100)))
print({1, 2}.intersection({2: 'x', 3: 'y'}), {1, 2}.difference({2: 'x'}), set(range(20)).difference({1: 2}))
s = {1}
t = s
t |= {5, 6}
t &= {1, 5, 9}
t -= {1}
t ^= {7}
print(s, t is s)
z = frozenset({1})
y = z
z |= {2}
print(z, y, type(z).__name__)
z &= {2}
z -= {9}
z ^= {3}
print(z)
for op in ("|", "&", "-", "^"):
    for other in ([1], (1,), 3, None, "a", {1: 2}):
        try:
            if op == "|":
                {1} | other
            elif op == "&":
                {1} & other
            elif op == "-":
                {1} - other
            else:
                {1} ^ other
        except TypeError as e:
            print(e)
u = {1}
for other in ([1], frozenset({2})):
    try:
        u |= other
    except TypeError as e:
        print(e)
    try:
        u &= other
    except TypeError as e:
        print(e)
    try:
        u -= other
    except TypeError as e:
        print(e)
    try:
        u ^= other
    except TypeError as e:
        print(e)
print(u)
