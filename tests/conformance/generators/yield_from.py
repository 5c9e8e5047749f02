# yield from delegates iteration, send, throw, close and takes the return value.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x for x in [9]), {"k": 1})))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("inner caught", e)

def delegator():
    yield from catcher()

g = delegator()
print(next(g))
print(g.throw(ValueError("via outer")))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")

g = closing_outer()
print(next(g))
g.close()

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1

g = depth(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n

def wrap():
    r = yield from Countdown(3)
    print("user iterator returned", r)

print(list(wrap()))
try:
    list(chain(1))
except TypeError as e:
    print(e)
