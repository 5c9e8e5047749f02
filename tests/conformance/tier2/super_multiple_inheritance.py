# super() with several bases: C3 MRO, diamonds, cooperative __init__ chains.
class Base:
    def __init__(self, log):
        self.log = log
        log.append("Base")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self, log):
        log.append("Left>")
        super().__init__(log)
        log.append("<Left")
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self, log):
        log.append("Right>")
        super().__init__(log)
        log.append("<Right")
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self, log):
        log.append("Bottom>")
        super().__init__(log)
        log.append("<Bottom")
    def who(self):
        return ["Bottom"] + super().who()
b = Bottom([])
print(b.log)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.__bases__ == (Left, Right), Bottom.__base__ is Left)
print(isinstance(b, Right), issubclass(Bottom, Base), issubclass(Right, Left))
print(super(Left, b).who(), super(Right, b).who())

# cooperative keyword arguments
class Shape:
    def __init__(self, **kw):
        super().__init__(**kw)
class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    pass
x = Box(color="blue", size=3)
print(x.color, x.size, [c.__name__ for c in Box.__mro__])
try:
    Box(weight=2)
except TypeError as e:
    print("TypeError", e)

# mixins, deeper hierarchies
class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
class E(C):
    def f(self):
        return "E" + super().f()
class F(D, E):
    def f(self):
        return "F" + super().f()
print(F().f(), [k.__name__ for k in F.__mro__])

class Mixin:
    def hello(self):
        return "mixin " + type(self).__name__
class Err(Mixin, ValueError):
    def __init__(self, msg):
        super().__init__("err: " + msg)
e = Err("bad")
print(e.hello(), e.args, isinstance(e, ValueError), Err.__base__)
try:
    raise Err("raised")
except ValueError as ex:
    print("caught", ex)

# bases that allow no class
for make in ["dup", "mro", "layout"]:
    try:
        if make == "dup":
            class X(A, A):
                pass
        elif make == "mro":
            class Y(A, B):
                pass
        else:
            class Z(ValueError, dict):
                pass
    except TypeError as ex:
        print("TypeError", ex)

# MRO corner cases
class A0: pass
class B(A0, object): pass
print(B.__mro__, A0.__bases__, object.__bases__, B.__bases__)
try:
    class X(object, A0): pass
except TypeError as e: print(e)
class P(A0): pass
class Q(A0): pass
class R(P, Q): pass
class S(Q, P): pass
try:
    class T(R, S): pass
except TypeError as e: print(e)
class E1(Exception): pass
class E2(LookupError, E1): pass
print(E2.__mro__, E2.__base__)
try:
    raise E2("x")
except E1 as e: print("E1", repr(e))
