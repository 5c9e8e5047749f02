# Tier 2: classes defining __index__, __eq__, __len__ and __iter__.
class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)
i = Index(2)
print([10, 20, 30][i], "abcd"[i], hex(i), bin(Index(5)), range(10)[Index(3)])
b = Bag(3, 1, 2)
print(len(b), list(b), sum(b), b == Bag(1, 2, 3), b == Bag(1), b != Bag(2, 3, 1), bool(Bag()))
for x in b:
    print("item", x)
