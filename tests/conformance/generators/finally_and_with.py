# try/finally and with around yield: cleanup runs on exhaustion, break and close.
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def managed(n):
    with Manager("m%d" % n) as m:
        for i in range(n):
            yield m.name, i

print(list(managed(2)))
g = managed(3)
print(next(g))
g.close()

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
        yield 2
    finally:
        print("outer finally")

for v in nested():
    print("value", v)

g = nested()
next(g)
next(g)
print("closing")
g.close()

def in_handler():
    try:
        raise ValueError("handled")
    except ValueError as e:
        yield str(e)
        yield "still in handler: " + repr(e)
    yield "after"

print(list(in_handler()))

def in_else():
    try:
        pass
    except Exception:
        yield "no"
    else:
        yield "else 1"
        yield "else 2"
    finally:
        yield "finally"

print(list(in_else()))

def return_through_finally():
    try:
        yield 1
        return "r"
    finally:
        print("finally on return")
        yield "from finally"

g = return_through_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def suppresses():
    class Suppress:
        def __enter__(self):
            return None
        def __exit__(self, *a):
            print("suppressing", a[0].__name__)
            return True
    with Suppress():
        yield 1
        raise KeyError("x")
    yield "after with"

print(list(suppresses()))
