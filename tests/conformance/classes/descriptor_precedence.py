# Data descriptors win over the instance's attributes, which win over non-data descriptors and class values.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        print("Data.__get__", obj is None, owner.__name__)
        return "data" if obj is not None else self
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict_shadow = value
    def __delete__(self, obj):
        print("Data.__delete__")

class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__)

class A:
    d = Data()
    n = NonData()
    v = 10
    def f(self):
        return "method"

a = A()
print(a.d, a.n, a.v, a.f())
a.d = 5
del a.d
a.n = "own n"
a.v = "own v"
a.f = lambda: "own f"
print(a.d, a.n, a.v, a.f())
print(type(A.d).__name__, A.n, A.v)
del a.n
print(a.n)

class SetOnly:
    def __get__(self, obj, owner):
        return 1
    def __set__(self, obj, value):
        print("set", value)

class B:
    s = SetOnly()
b = B()
b.s = 3
try:
    del b.s
except AttributeError as e:
    print("AttributeError", e)

class Sub(A):
    pass
s = Sub()
print(s.d, s.n, Sub.v)
print(getattr(s, "d"), hasattr(s, "missing"), getattr(s, "missing", "default"))
