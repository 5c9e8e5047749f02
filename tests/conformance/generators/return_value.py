# return in a generator ends it with StopIteration(value).
def gen(n):
    for i in range(n):
        yield i
    return "done:%d" % n

g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)

def early(flag):
    yield 1
    if flag:
        return (1, 2)
    yield 2

for flag in (True, False):
    g = early(flag)
    try:
        while True:
            print("value", next(g))
    except StopIteration as e:
        print("stop", e.value)

def returns_none():
    yield 1
    return None

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.args, e.value)
print(list(gen(3)))
