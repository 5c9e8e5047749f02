# array('i').append in a loop.
import sys
from array import array

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def bench():
    a = array('i')
    for i in range(n):
        a.append(i & 0xffff)
    return len(a), a[-1], a[n // 2]


print(bench())
