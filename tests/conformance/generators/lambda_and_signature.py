# Generator functions with defaults, *args, **kwargs, keyword-only parameters, and generator lambdas.
def gen(a, b=2, *rest, key="k", **extra):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(extra.items())

print(list(gen(1)))
print(list(gen(1, 3, 4, 5, key="z", x=1, y=2)))
try:
    gen()
except TypeError as e:
    print(e)
try:
    gen(1, nope=2, key=3, b=4, a=5)
except TypeError as e:
    print(e)

echo = lambda: (yield)
g = echo()
print(type(g).__name__, g.__name__)
next(g)
try:
    g.send("sent back")
except StopIteration as e:
    print("lambda returned", e.value)

twice = lambda x: (yield x) or (yield x * 2)
print(list(twice(5)))

def outer(n):
    def inner():
        for i in range(n):
            yield i * n
    return inner
print(list(outer(3)()), outer(2)().__qualname__)
