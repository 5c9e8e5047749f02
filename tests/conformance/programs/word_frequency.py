# Word frequencies of a text: split, normalise, count, rank.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3} {'#' * n}")
print(len(counts), sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
