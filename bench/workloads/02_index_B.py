# s += m[i] over an unsigned-byte view: the index loop of buffer code.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
m = memoryview((bytearray(range(256)) * (n // 256 + 1))[:n])


def bench():
    s = 0
    for i in range(len(m)):
        s += m[i]
    return s


print(bench())
