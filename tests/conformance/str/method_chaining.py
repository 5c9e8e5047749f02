# Chaining str methods in realistic text processing.
text = "  The quick brown fox,  jumps over the lazy dog.  "
words = text.strip().rstrip(".").replace(",", "").lower().split()
print(words)
print(len(words), sorted(words, key=len)[-1])
print(" ".join(w.capitalize() for w in words))
print("_".join(words).upper().center(60, "="))
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items())[:8])
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.splitlines()[1:]]
print(rows, sum(int(r[1]) for r in rows))
