# Dict comprehensions with conditions and nested loops.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({s.lower(): len(s) for s in ["A", "bb", "A", "CCC"]})
print({x % 3: x for x in range(10)})
