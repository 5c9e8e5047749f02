class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

p = Point(1)
print(p.x, hasattr(p, "y"))
p.y = 2
print(p.x + p.y)
def attempt(label, action):
    try:
        print(label, action())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt("unset", lambda: Point(0).y)
attempt("new attribute", lambda: setattr(p, "z", 3))
attempt("missing", lambda: p.z)
del p.x
attempt("deleted", lambda: p.x)
attempt("delete again", lambda: delattr(p, "x"))
attempt("delete unknown", lambda: delattr(p, "q"))
print(Point.x, type(Point.x).__name__, Point.x.__name__)
print(Point.x.__get__(None, Point) is Point.x, Point.y.__get__(p, Point))
attempt("wrong object", lambda: Point.x.__get__(1, int))
Point.x.__set__(p, 10)
print(p.x)

class Child(Point):
    pass
c = Child(5)
c.extra = "dict again"
print(c.x, c.extra)

class Narrow(Point):
    __slots__ = "w"
n = Narrow(1)
n.w = 4
print(n.w, n.x)
attempt("narrow new attribute", lambda: setattr(n, "q", 1))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)

def make_conflict():
    class Conflict:
        __slots__ = ["v"]
        v = 1
def make_bad_name():
    class Bad:
        __slots__ = ["1a"]
def make_int_subclass():
    class Big(int):
        __slots__ = ("a",)
attempt("conflict", make_conflict)
attempt("bad name", make_bad_name)
attempt("int subclass", make_int_subclass)

class Counter:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
k = Counter()
for i in range(1000):
    k.n = k.n + i
print(k.n)
