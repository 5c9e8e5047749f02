# s += m[i] over a 10^6-element unsigned-byte view, ten rounds from module level, each timed inside the
# script and printed on stderr: run as one process, it shows from which round on the JIT has taken over.
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
m = memoryview((bytearray(range(256)) * (n // 256 + 1))[:n])


def bench():
    s = 0
    for i in range(len(m)):
        s += m[i]
    return s


for r in range(1, 11):
    start = time.perf_counter()
    s = bench()
    print(f"round {r}: {(time.perf_counter() - start) * 1000:.2f} ms", file=sys.stderr)
print(s)
