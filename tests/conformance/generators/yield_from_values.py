# The value of yield from: the delegate's return value, None for plain iterables.
def ret(v):
    yield "r"
    return v

def collect():
    a = yield from ret(1)
    b = yield from ret([2])
    c = yield from [10, 20]
    d = yield from (x for x in "z")
    e = yield from ret(None)
    f = yield from range(0)
    print("values", a, b, c, d, e, f)
    return a

print(list(collect()))

def chain_returns(n):
    if n == 0:
        return "base"
    result = yield from chain_returns(n - 1)
    yield n
    return result + str(n)

g = chain_returns(3)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print(out, e.value)
        break

def sends_through():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    r = yield from sends_through()
    yield "total=%d" % r

g = outer()
next(g)
g.send(5)
g.send(7)
print(next(g))
def empty_delegate():
    yield from ()
    yield from []
    return "empty ok"
g = empty_delegate()
try:
    next(g)
except StopIteration as e:
    print(e.value)
