# Tuples of ints hash deterministically and work as dict keys.
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)), hash(((1, 2), 3)))
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid.get((5, 5)), (0, 1) in grid)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError", e)
