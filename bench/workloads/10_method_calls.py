# Pure Python: instances of a class, method calls and attribute reads and writes.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def add_in_place(self, other):
        self.x += other.x
        self.y += other.y


def bench():
    acc = Vector(0, 0)
    step = Vector(1, 2)
    s = 0
    for i in range(n // 4):
        acc.add_in_place(step)
        s += acc.dot(step) & 1023
    return s, acc.x, acc.y


print(bench())
