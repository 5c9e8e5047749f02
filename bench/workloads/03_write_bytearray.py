# m[i] = i & 255 over a bytearray view: the write loop of buffer code.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
b = bytearray(n)
m = memoryview(b)


def bench():
    for i in range(len(m)):
        m[i] = i & 255
    return sum(b[::4099])


print(bench())
