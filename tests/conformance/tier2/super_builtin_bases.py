# super() reaching methods of builtin classes: object and exception bases.
class Point:
    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y
    def __repr__(self):
        return "Point" + super().__repr__()[:14]
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
print(repr(Point(1, 2)), Point(1, 2) == Point(1, 2))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return "[%d] " % self.code + super().__str__()
    def __repr__(self):
        return "App" + super().__repr__()
e = AppError(7, "broken")
print(e.args, e.code, str(e), repr(e))
try:
    raise AppError(3, "down")
except Exception as ex:
    print(type(ex).__name__, ex)

class Quiet(KeyError):
    def __str__(self):
        return "quiet " + super().__str__()
print(str(Quiet("k")))

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    def __init__(self, extra):
        super().__init__()
        self.extra = extra
s1, s2 = Sub(1), Sub(2)
print(Sub.count, Counter.count, s2.extra)

class Rec:
    def __init__(self, n):
        self.n = n
    def depth(self):
        return self.n
class Deep(Rec):
    def depth(self):
        if self.n == 0:
            return super().depth()
        self.n -= 1
        return 1 + self.depth()
print(Deep(5).depth())

# object.__init__ takes no extra arguments once a class defines __init__
class Plain:
    pass
class WithInit:
    def __init__(self, a):
        super().__init__(a)
for call in [lambda: object.__init__(Plain(), 1), lambda: WithInit(1), lambda: object.__init__(Plain(), k=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
object.__init__(Plain())
print(object.__repr__(Point(3, 4))[:21])
