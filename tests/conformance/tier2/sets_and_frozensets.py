# Tier 2: set and frozenset operations (printed sorted: set order is not part of the contract).
a = {1, 2, 3, 4}
b = set([3, 4, 5])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a), 3 in a, 1 in a, len(a))
f = frozenset("hello")
print(sorted(f), len(f), type(f).__name__, set() == frozenset())
print(sorted({x % 3 for x in range(10)}), {1, 2} <= {1, 2, 3}, {1} < {1})
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
