# struct.pack_into('<iid', m, off, ...) over a buffer of 16-byte records.
import sys
import struct

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
b = bytearray(16 * n)
m = memoryview(b)


def bench():
    for k in range(n):
        struct.pack_into('<iid', m, 16 * k, k, -k, k * 0.25)
    return struct.unpack_from('<iid', m, 16 * (n - 1)), sum(b[::4099])


print(bench())
