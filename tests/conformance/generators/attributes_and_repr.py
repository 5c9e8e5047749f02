# Generator object attributes: __name__, __qualname__, gi_running, gi_frame, gi_yieldfrom, repr.
def top():
    yield 1

class Holder:
    def method(self):
        yield self
    def nested(self):
        def inner():
            yield 2
        return inner()

g = top()
print(g.__name__, g.__qualname__)
print(Holder().method().__qualname__)
print(Holder().nested().__name__, Holder().nested().__qualname__)
r = repr(g)
print(r.startswith("<generator object top at 0x"), r.endswith(">"))
print(repr(Holder().method()).split(" at ")[0])
print(repr(x for x in []).split(" at ")[0])
def outer():
    return (x for x in [])
print(repr(outer()).split(" at ")[0])
print(g.gi_running, g.gi_frame is not None, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_frame is not None, g.gi_suspended)
print(list(g), g.gi_frame, g.gi_suspended)
print(type(g).__name__, iter(g) is g, g.gi_code.co_name)

def inner():
    yield 1
def delegating():
    yield from inner()
d = delegating()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
try:
    g.nope
except AttributeError as e:
    print(e)
