class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("Meta.__prepare__", name, kwargs)
        return {"prepared": True}

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return "class " + cls.__name__ + " tagged " + cls.tag

    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Base(metaclass=Meta, tag="base"):
    def __init__(self, x):
        self.x = x
    def method(self):
        return __class__.__name__

class Child(Base):
    pass

print(type(Base).__name__, type(Child).__name__, isinstance(Child, Meta), isinstance(Base, type))
print(Base.prepared, Base.tag, Child.tag, Base.describe(), Child.upper_name)
c = Child(5)
print(type(c).__name__, c.x, c.method(), isinstance(c, Base))
try:
    c.describe()
except AttributeError as e:
    print("AttributeError", e)

Dyn = type("Dyn", (Base,), {"y": 2, "get_y": lambda self: self.y})
print(type(Dyn).__name__, Dyn.__name__, Dyn(1).get_y(), Dyn.__mro__)
Plain = type("Plain", (), {})
print(Plain, Plain.__bases__, type(Plain), type(3), type(Plain()))

class OtherMeta(type):
    pass
class Other(metaclass=OtherMeta):
    pass
try:
    class Both(Base, Other):
        pass
except TypeError as e:
    print("TypeError", e)

class SubMeta(Meta):
    pass
class Derived(Child, metaclass=SubMeta):
    pass
print(type(Derived).__name__)

class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
print(Config() is Config())

def function_meta(name, bases, ns, **kw):
    print("function_meta", name, kw)
    return 42
class NotAClass(metaclass=function_meta, flag=1):
    pass
print(NotAClass)

for args in [(1, 2), (1, 2, 3, 4), ("A", 1, {}), (1, (), {}), ("A", (), 1)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    Meta(1)
except TypeError as e:
    print("TypeError", "missing" in str(e))
