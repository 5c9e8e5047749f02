# len, min, max, sum, any, all, sorted, reversed on lists.
a = [3, -1, 4, 1, -5, 9]
print(len(a), min(a), max(a), sum(a), sum(a, 10), any(a), all(a))
print(sorted(a), list(reversed(a)), a)
print(min(a, key=abs), max(a, key=lambda x: -x), sum([[1], [2]], []))
print(all([]), any([]), all([1, 0]), any([0, 0.0, "", None, [0]]))
print(list(enumerate(a, 1))[:2], list(zip(a, "abc")))
