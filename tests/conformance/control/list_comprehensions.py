# List comprehensions with for and if clauses, nesting and conditional expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in []], [None for _ in range(2)])
