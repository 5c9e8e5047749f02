class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    registry = []
    def __init_subclass__(cls, **kwargs):
        print("__init_subclass__", cls.__name__, sorted(kwargs))
        Model.registry.append(cls.__name__)
        super().__init_subclass__()

class User(Model):
    name = Field("anonymous")
    age = Field(0)

class Admin(User):
    level = Field(1)

u = User()
print(u.name, u.age)
u.name = "ann"
print(u.name, u._name, Model.registry)
print(type(User.name).__name__)

class Plain:
    pass
print(Plain.__doc__, Plain.__init_subclass__() is None)
try:
    Plain.__init_subclass__(1)
except TypeError as e:
    print("TypeError", type(e).__name__)

class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class Special(Generic):
    pass
print(Generic[int], Special["x"], Generic[1, 2])

class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.Inner.__module__)

class Documented:
    "A docstring."
print(Documented.__doc__)
