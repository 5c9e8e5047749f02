# Counts words with a dict, sorts them with a key function, and reports an error as Python does.
text = """the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while the quick fox runs"""

counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:5]:
    print(f"{word:>6} {'#' * n} {n}")

try:
    print(counts["cat"])
except KeyError as e:
    print("no such word:", e)
