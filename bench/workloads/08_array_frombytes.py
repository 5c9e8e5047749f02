# array('i').frombytes of a large buffer (n int32 items).
import sys
from array import array

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
data = bytes(bytearray(range(256)) * (n // 64))


def bench():
    a = array('i')
    a.frombytes(data)
    return len(a), a[-1], a[len(a) // 3]


print(bench())
