class Point:
    def __new__(cls, x, y):
        print("__new__", cls.__name__, x, y)
        self = super().__new__(cls)
        self.created = True
        return self

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.created, p.x, p.y, type(Point.__dict__ if False else Point.__new__).__name__)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]

print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())

class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)

class BadNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
try:
    BadNew(1)
except TypeError as e:
    print("TypeError", e)

class NoInit:
    pass
for f in [lambda: NoInit(1), lambda: object.__new__(NoInit, 1), lambda: object.__new__(1), lambda: object.__new__(int)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

class MyError(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = "x"
        return self
e = MyError("boom")
print(e.args, e.extra, str(e))

class Callable:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add = Callable(10)
print(add(5), add(1, scale=3), callable(add), callable(p))
try:
    p()
except TypeError as e:
    print("TypeError", e)
