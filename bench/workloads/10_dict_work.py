# Pure Python: dicts with int and str keys: insertion, lookup, get, update in place and iteration.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
words = ['w' + str(i) for i in range(1000)]


def bench():
    counts = {}
    for i in range(n // 8):
        key = (i * 31) % 5003
        counts[key] = counts.get(key, 0) + 1
    by_word = {}
    for i in range(n // 8):
        w = words[i % 1000]
        if w in by_word:
            by_word[w] += i & 7
        else:
            by_word[w] = 0
    total = 0
    for k, v in counts.items():
        total += k * v
    return len(counts), total, by_word['w7'], len(by_word)


print(bench())
