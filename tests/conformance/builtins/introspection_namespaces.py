import sys
x = 1
def f(a, b=2):
    c = a + b
    def inner():
        return c
    print(sorted(locals()), dir())
    print(locals()["c"], vars()["a"])
    return inner

f(1)
g = globals()
print(g["x"], g["__name__"], "f" in g, type(g).__name__)
print([n for n in dir() if not n.startswith("__")])
print(sorted(k for k in locals() if not k.startswith("__")))


class Base:
    base_attr = 1

    def method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.own = 3


c = Child()
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(c) if not n.startswith("__")])
print("__class__" in dir(c), "__init__" in dir(Child))
print(vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(sys) if n in ("path", "modules", "argv")])


class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(Custom()))
for bad in (1, "s"):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
