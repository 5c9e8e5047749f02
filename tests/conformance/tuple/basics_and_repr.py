# Tuple displays, the one-element comma, packing and repr.
t = (1, 2, 3)
print(t, (), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
u = 1, "a", None
print(u, type(u).__name__, len(u))
print(((1, 2), (3,)), ([1], {"a": (2,)}), (b"x", -0.0))
print(t[0], t[-1], t[1:], t[::-1], t[5:], t + (4,), t * 2, (0,) * 3)
print(t == (1, 2, 3), t < (1, 3), (1, 2) < (1, 2, 3), t != [1, 2, 3])
print(3 in t, 4 not in t, t.count(2), t.index(3))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
