# Pure Python: nested loops with integer and float arithmetic on locals.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
side = int(n ** 0.5)


def bench():
    total = 0
    x = 0.0
    for i in range(side):
        for j in range(side):
            total += (i * j + j) % 7 - (i ^ j) // 3
            x += (i - j) * 0.5
    return total, x


print(bench())
