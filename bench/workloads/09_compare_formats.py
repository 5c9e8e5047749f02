# m1 == m2 on two views of different formats ('i' and 'I') with equal values: struct-style comparison.
# Argument: the size of each view in bytes.
import sys
from array import array

size = int(sys.argv[1]) if len(sys.argv) > 1 else 16 * 1024 * 1024
values = array('i', range(size // 4))
m1 = memoryview(values)
m2 = memoryview(array('I', range(size // 4)))


def bench():
    return m1 == m2, m1 == m2[::-1], len(m1)


print(bench())
