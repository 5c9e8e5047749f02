# Subset and superset comparisons between sets and frozensets; equality never with other types.
print({1, 2} == frozenset({2, 1}), {1} < {1, 2}, {1, 2} > {1}, {1} >= {2}, {1} != {1})
print({1} < {1}, {1} <= {1}, {1} > {1}, {1} >= {1}, set() < {0}, frozenset() <= set())
print(set("ab") <= set("abc"), {1, 2} < {1, 3}, {1, 2} > {1, 3})
print({1, 2} == [1, 2], {1, 2} != [1, 2], {1} == {1.0}, frozenset() == set(), {(1, 2)} == {(1, 2)})
print({1}.issubset([1, 2]), {1, 2}.issuperset([1]), {1}.issubset({1}), {1, 2}.issuperset(range(3)))
print({1}.isdisjoint([2]), {1, 2, 3}.isdisjoint({4}), {1, 2}.isdisjoint({2}), set().isdisjoint([]))
s = {1, 2}
print(s.isdisjoint(s), set().isdisjoint(set()), s.issubset(s), s.issuperset(s), s == s)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == frozenset({1, 3}))
for other in ([1], (1,), 1, "1", {1: 1}):
    for op in ("<", "<=", ">", ">="):
        try:
            if op == "<":
                {1} < other
            elif op == "<=":
                {1} <= other
            elif op == ">":
                {1} > other
            else:
                {1} >= other
        except TypeError as e:
            print(e)
print(sorted([{3}, {1, 2}], key=len), max([{1}, {1, 2}, {0}], key=len))
class Other:
    def __eq__(self, other):
        return "Other.__eq__"
    def __ge__(self, other):
        return "Other.__ge__"
print({1} == Other(), {1} <= Other())
