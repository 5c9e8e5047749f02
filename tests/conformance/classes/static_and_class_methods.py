class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @staticmethod
    def area_of_square(side):
        return side * side

    @classmethod
    def square(cls, side):
        s = cls("square")
        s.side = side
        return s

    @classmethod
    def describe(cls):
        return cls.__name__ + " with " + str(cls.count)

class Circle(Shape):
    pass

print(Shape.area_of_square(3), Shape("x").area_of_square(4))
sq = Shape.square(2)
print(type(sq).__name__, sq.name, sq.side)
c = Circle.square(5)
print(type(c).__name__, Circle.describe(), c.describe(), Shape.describe())
f = Shape.area_of_square
print(f(5), callable(f))

def plain(*args):
    return args
s = staticmethod(plain)
k = classmethod(plain)
print(type(s).__name__, type(k).__name__)
print(s.__func__ is plain, k.__func__ is plain, s.__wrapped__ is plain, k.__wrapped__ is plain)
print(s(1, 2))
print(s.__get__(None, Shape) is plain)
print(k.__get__(None, Shape)(1), k.__get__(Shape("y"))(2))
try:
    k(1)
except TypeError as e:
    print("TypeError", e)
print(staticmethod(len)("abcd"))

class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
    @staticmethod
    def double(x):
        return 2 * x

r = Registry()
for i in range(200):
    r.add(Registry.double(i))
    Registry.add(r.double(i))
print(len(Registry.items), sum(Registry.items))
print(super(Circle, c).describe())
