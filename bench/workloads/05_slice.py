# m[i:i+16] in a loop: slicing a view copies nothing, so the time must not depend on the buffer's size.
# Arguments: the buffer size in bytes, then how many slices to take.
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 else 67_108_864
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
m = memoryview(bytearray(range(256)) * (size // 256))
step = (len(m) - 16) // count or 1


def bench():
    s = 0
    i = 0
    for k in range(count):
        v = m[i:i + 16]
        s += v[15]
        i += step
        if i >= len(m) - 16:
            i = 0
    return s


print(bench())
