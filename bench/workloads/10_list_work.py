# Pure Python: list building with append, indexing, in-place updates, comprehension and sort.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def bench():
    values = []
    for i in range(n // 4):
        values.append((i * 7919) % 10007)
    for i in range(1, len(values)):
        values[i] = (values[i] + values[i - 1]) & 0xffff
    squares = [v * v for v in values if v & 1]
    values.sort()
    return len(squares), sum(squares) % 1000003, values[len(values) // 2]


print(bench())
