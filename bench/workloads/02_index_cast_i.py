# s += m[i] over a cast('i') view of a bytearray: 4-byte signed reads at computed offsets.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
m = memoryview(bytearray(4 * n)).cast('i')
for i in range(n):
    m[i] = i - n // 2


def bench():
    s = 0
    for i in range(len(m)):
        s += m[i]
    return s


print(bench())
