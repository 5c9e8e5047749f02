# update_slot: a dunder assigned to or deleted from a class later changes its instances' and subclasses' behaviour.
class Base:
    pass


class Derived(Base):
    pass


class Own(Base):
    def __len__(self):
        return 99


b, d, o = Base(), Derived(), Own()


def show():
    for obj in (b, d, o):
        try:
            print(type(obj).__name__, len(obj), end="; ")
        except TypeError as e:
            print(e, end="; ")
    print()


for round in range(3):
    show()
    Base.__len__ = lambda self: 7 + round
show()
del Base.__len__
show()
Derived.__len__ = lambda self: 1
show()

for i in range(3):
    try:
        print(b[i])
    except TypeError as e:
        print(e)
    Base.__getitem__ = lambda self, k: k * 10
del Base.__getitem__
try:
    b[0]
except TypeError as e:
    print(e)

Base.__add__ = lambda self, other: "added"
print(b + 1, d + 1)
Base.__radd__ = lambda self, other: "radded"
print(1 + b, 1 + d)
Base.__eq__ = lambda self, other: "eq"
print(b == 1, d == d)
Base.__iter__ = lambda self: iter([1, 2, 3])
print(list(b), list(d), 2 in d)
Base.__contains__ = lambda self, x: x == 42
print(2 in d, 42 in d, 42 not in b)
Base.__bool__ = lambda self: False
print(bool(b), not d, "yes" if o else "no")
Base.__call__ = lambda self, *args: args
print(b(1, 2), d())
Base.__repr__ = lambda self: "<a Base>"
print(repr(b), str(d), [o])
Base.__str__ = lambda self: "str of Base"
print(str(b), b)
Base.__hash__ = lambda self: 12345
print(hash(b), hash(d))
Base.__neg__ = lambda self: "negated"
print(-b)
Base.__index__ = lambda self: 2
print([10, 20, 30][b], "abc"[d], bin(b))
