# m[i, j] over a 2-D view, m = memoryview(bytearray(r * c)).cast('B', shape=[r, c]), in a nested loop.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
r = c = int(n ** 0.5)
b = bytearray(r * c)
b[:] = (bytearray(range(251)) * (r * c // 251 + 1))[:r * c]
m = memoryview(b).cast('B', shape=[r, c])


def bench():
    s = 0
    for i in range(r):
        for j in range(c):
            s += m[i, j]
    return s


print(bench())
