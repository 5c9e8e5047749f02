# Typical dict use: word counts, inverted index, sorting items.
text = "a b a c b a d e a"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
index = {}
for pos, w in enumerate(text.split()):
    if w not in index:
        index[w] = []
    index[w].append(pos)
print(index)
inverted = {v: k for k, v in counts.items()}
print(inverted)
print(max(counts, key=counts.get), min(counts.values()))
