# do_richcompare between user classes: reflected order, a subclass's reflected method first, != from __eq__.
class A:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("A.__eq__", self.name, other.name)
        return NotImplemented

    def __lt__(self, other):
        print("A.__lt__", self.name, other.name)
        return NotImplemented

    def __gt__(self, other):
        print("A.__gt__", self.name, other.name)
        return "A.gt"


class B(A):
    def __eq__(self, other):
        print("B.__eq__", self.name, other.name)
        return "B.eq"

    def __gt__(self, other):
        print("B.__gt__", self.name, other.name)
        return NotImplemented


a1, a2, b = A("a1"), A("a2"), B("b")
print(a1 == a2)
print(a1 == a1)
print(a1 != a2)
print(a1 == b)
print(b == a1)
for expr, f in [
    ('a1 < b', lambda: a1 < b),
    ('b < a1', lambda: b < a1),
    ('a1 > b', lambda: a1 > b),
    ('b > a1', lambda: b > a1),
    ('a1 <= a2', lambda: a1 <= a2),
    ('b >= b', lambda: b >= b),
]:
    try:
        print(expr, f())
    except TypeError as e:
        print(expr, e)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == OnlyEq(1))


class Ne:
    def __ne__(self, other):
        return "Ne.ne"


print(Ne() != Ne(), Ne() == Ne())


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
for f in [lambda: Plain() < Plain(), lambda: Plain() <= Plain(), lambda: Plain() > Plain(), lambda: Plain() >= Plain()]:
    try:
        f()
    except TypeError as e:
        print(e)
