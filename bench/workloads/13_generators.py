# Generators: a record reader over a memoryview that yields struct.unpack_from tuples, consumed by a for
# loop, and sum() over a generator expression.
import struct
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
RECORD = struct.Struct("<iH")
data = bytearray(RECORD.size * n)
for k in range(n):
    RECORD.pack_into(data, k * RECORD.size, k - n // 2, k & 0xFFFF)
m = memoryview(data)


def records(view, size):
    offset = 0
    end = len(view)
    while offset < end:
        yield struct.unpack_from("<iH", view, offset)
        offset += size


def bench():
    s = 0
    for key, tag in records(m, RECORD.size):
        s += key ^ tag
    return s + sum(x * x for x in range(n))


print(bench())
