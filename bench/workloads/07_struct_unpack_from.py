# struct.unpack_from('<iid', m, off) over a buffer of 16-byte records.
import sys
import struct

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
m = memoryview(bytearray(16 * n))
for k in range(n):
    struct.pack_into('<iid', m, 16 * k, k, -k, k * 0.25)


def bench():
    a = 0
    x = 0.0
    for off in range(0, 16 * n, 16):
        i, j, d = struct.unpack_from('<iid', m, off)
        a += i - j
        x += d
    return a, x


print(bench())
