# Generator expressions passed straight to sum, any, all, min, max, list, tuple, sorted, dict and str.join.
nums = [5, -3, 8, 0, -1, 7]
print(sum(x for x in nums), sum(x * x for x in nums if x > 0), sum((x for x in nums), 100))
print(any(x < 0 for x in nums), all(x != 0 for x in nums), any(x > 100 for x in nums))
print(min(x for x in nums), max(abs(x) for x in nums), min((x for x in nums), key=abs))
print(list(x // 2 for x in nums), tuple(str(x) for x in nums), sorted(x for x in nums if x), sorted((-x for x in nums), reverse=True))
print(dict((x, x * 2) for x in range(3)), "-".join(str(x) for x in range(4)), len(list(c for c in "abc")))
print(sum(x * y for x in range(3) for y in range(3)), list(x + y for x, y in zip("ab", "cd")))
g = (x * 10 for x in range(3))
print(next(g), list(g), list(g))
print(max(len(w) for w in "a bb ccc".split()), sum(1 for c in "mississippi" if c == "s"))
