# Pure Python: a user Vector class used through its special methods (+, ==, [], len, iteration, hash).
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __getitem__(self, i):
        return self.x if i == 0 else self.y

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((self.x, self.y))

    def __hash__(self):
        return (self.x * 31 + self.y) & 0xFFFF


def bench():
    acc = Vector(0, 0)
    step = Vector(1, 2)
    origin = Vector(0, 0)
    s = 0
    for i in range(n // 8):
        acc = acc + step
        if acc == origin:
            s += 1
        s += acc[0] + acc[1] + len(acc)
        for c in acc:
            s += c & 7
        s += hash(acc)
    return s, acc.x, acc.y


print(bench())
