# for x in memoryview(array('d', ...)): the sum of n doubles through the view's iterator.
import sys
from array import array

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
m = memoryview(array('d', range(n)))


def bench():
    s = 0.0
    for x in m:
        s += x
    return s


print(bench())
