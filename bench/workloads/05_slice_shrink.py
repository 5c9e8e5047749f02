# m = m[1:] until the view is empty: linear in the size when a slice is zero-copy (quadratic otherwise).
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
buffer = bytearray(range(256)) * (n // 256)


def bench():
    m = memoryview(buffer)
    s = 0
    while m:
        s += m[0]
        m = m[1:]
    return s


print(bench())
