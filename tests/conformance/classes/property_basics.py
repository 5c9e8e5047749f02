class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """The temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Fahrenheit")
    ro = property()

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
def set_f():
    t.fahrenheit = 1
def del_f():
    del t.fahrenheit
def get_ro():
    return t.ro
def set_ro():
    t.ro = 1
def del_ro():
    del t.ro
for action in [set_f, del_f, get_ro, set_ro, del_ro]:
    try:
        action()
    except AttributeError as e:
        print(action.__name__, "->", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.__doc__, Temperature.ro.fget)
print(p.__get__(None, Temperature) is p, p.__name__, Temperature.fahrenheit.__name__)
t2 = Temperature(1)
print(p.__get__(t2, Temperature))
p.__set__(t2, 7)
print(t2.celsius)
try:
    p.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
lone = property(lambda s: 1)
try:
    lone.__set__(t2, 1)
except AttributeError as e:
    print(e)

class Base:
    @property
    def x(self):
        return "base x"

class Derived(Base):
    @Base.x.getter
    def x(self):
        return "derived x"
print(Base().x, Derived().x)
try:
    Derived().x = 1
except AttributeError as e:
    print(e)

class Counter:
    def __init__(self):
        self.n = 0
    @property
    def next(self):
        self.n += 1
        return self.n
c = Counter()
total = 0
for i in range(1000):
    total += c.next
print(total)
