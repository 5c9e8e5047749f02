# sorted() with key and reverse keeps equal items in their original order; it compares with < only.
words = ["pear", "Fig", "apple", "kiwi", "Date", "fig", "banana", "plum"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.lower))
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, True, 0, -2]), sorted("mississippi"), sorted({"b": 1, "a": 2}), sorted(range(5), reverse=1))
print(sorted(x * 37 % 101 for x in range(60)) == list(sorted(sorted(x * 37 % 101 for x in range(60)))))
big = [(x * 7919) % 1000 for x in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 2], key=5)
except TypeError as e:
    print("TypeError", e)
