# Subscripts with tuples, Ellipsis and the empty tuple as keys.
d = {}
d[1, 2] = "tuple key"
d[...] = "ellipsis key"
d[()] = "empty tuple key"
d[(3,)] = "one-tuple key"
print(d)
print(d[1, 2], d[(1, 2)], d[...], d[()], d[3,])
grid = {}
for r in range(2):
    for c in range(2):
        grid[r, c] = r + c
grid[1, 1] += 10
print(grid, grid[1, 1])
del grid[0, 0]
print(grid)
try:
    [1, 2][0, 1]
except TypeError as e:
    print("TypeError", e)
