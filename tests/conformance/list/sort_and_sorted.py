# sort is stable; key and reverse work on both list.sort and sorted.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([3, 1.5, True, -2]), sorted("hello"), sorted((3, 2, 1)))
print(sorted([[2, 1], [1, 2], [1]]), sorted([], reverse=True))
stable = sorted(["bb", "a", "cc", "d", "ee"], key=len, reverse=True)
print(stable)
print(a.sort() is None)
for bad in [[1, "a"], [None, None], [[1], (1,)]]:
    try:
        bad.sort()
    except TypeError as e:
        print("TypeError", e)
