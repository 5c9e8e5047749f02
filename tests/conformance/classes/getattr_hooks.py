class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class Target:
    pass

t = Target()
t.x = 1
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y, p.y)
del p.x
print(hasattr(t, "x"), hasattr(p, "x"))
print(p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)

class Everything:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("no secrets: " + name)
        if name == "real":
            return object.__getattribute__(self, name)
        return "attr " + name
    def __getattr__(self, name):
        return "fallback " + name

e = Everything()
e.real = "real value"
print(e.anything, e.real, e.secret_key, getattr(e, "other"))

class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name == "boom":
            raise KeyError(name)
        value = name.upper()
        setattr(self, name, value)
        return value

z = Lazy()
print(z.abc, z.abc, z.calls)
try:
    z.boom
except KeyError as e:
    print("KeyError", e)

class NoGetattr:
    def __getattribute__(self, name):
        raise AttributeError(name)
try:
    NoGetattr().foo
except AttributeError as e:
    print("AttributeError", e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen del: " + name)
f = Frozen(3)
print(f.v)
def assign():
    f.v = 4
def delete():
    del f.v
def use_setattr():
    setattr(f, 'w', 1)
for action in [assign, delete, use_setattr]:
    try:
        action()
    except AttributeError as e:
        print(e)
object.__delattr__(f, "v")
print(hasattr(f, "v"))
try:
    object.__getattribute__(f, 1)
except TypeError as e:
    print("TypeError", e)

class Base:
    def __getattr__(self, name):
        return "base " + name
class Child(Base):
    def __getattribute__(self, name):
        return super().__getattribute__(name)
print(Child().whatever)
