# range with one, two and three arguments; negative steps; repr, len, indexing and slicing.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0, -5, -1),
          range(5, 2), range(-3, 3), range(0, 1, 5), range(3, -4, -2)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(0, 20, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[-2:], list(r[::-1]))
print(r.start, r.stop, r.step, range(7).step)
print(8 in r, 9 in r, -4 in r, 20 in r, r.index(12), r.count(8))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(list(range(10**20, 10**20 + 3)), range(-10**20, 10**20)[10**20], 10**19 in range(-10**20, 10**20))
print(sum(range(101)), list(reversed(range(4))), sorted(range(3), reverse=True))
print(str(range(1, 2)), range(-5), list(range(-5)))
