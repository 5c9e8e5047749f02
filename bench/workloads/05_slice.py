# m[i:i+16] in a loop: slicing a view copies nothing, so the time must not depend on the buffer's size.
# The slices all come from the buffer's first 64 KiB, so that both sizes read memory the caches hold
# and only what slicing itself costs can differ. Arguments: the buffer size in bytes, how many slices.
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 else 67_108_864
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
m = memoryview(bytearray(range(256)) * (size // 256))
span = min(len(m), 65536) - 16


def bench():
    s = 0
    i = 0
    for k in range(count):
        v = m[i:i + 16]
        s += v[15]
        i += 7
        if i >= span:
            i -= span
    return s


print(bench())
