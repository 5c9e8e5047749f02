# Misuse of generators ends in CPython's exceptions.
def gen():
    yield 1
    yield 2

g = gen()
list(g)
print(next(g, "exhausted"), list(g))
try:
    g.send(1)
except StopIteration as e:
    print("send to finished:", repr(e))
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator: StopIteration")
try:
    gen().send(42)
except TypeError as e:
    print(e)
try:
    gen().throw(42)
except TypeError as e:
    print(e)
try:
    gen().throw(int)
except TypeError as e:
    print(e)
try:
    next(gen)
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    len(gen())
except TypeError as e:
    print(e)
try:
    gen()[0]
except TypeError as e:
    print(e)
def raises():
    yield 1
    raise ValueError("inside")
g = raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished after error"))
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))
try:
    print(list(deep(100000)))
except RecursionError as e:
    print("RecursionError")
def raising():
    yield 1
    raise KeyError("uncaught")
for x in raising():
    print(x)
