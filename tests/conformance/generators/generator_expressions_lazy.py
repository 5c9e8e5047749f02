# Generator expressions are lazy generator objects: stored, passed, partly consumed.
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i

g = (x * 10 for x in src(5))
print(type(g).__name__, log)
print(next(g), log)
print(next(g), log)
rest = list(g)
print(rest, log)
print(list(g))

evens = (x for x in range(10) if x % 2 == 0)
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
print(sum(evens))
print(max(x * x for x in [3, -7, 5]))
print(sorted((c for c in "minipy"), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print("-".join(str(i) for i in range(4)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
nested = (y for y in (x + 1 for x in range(3)))
print(list(nested))
it = iter(x for x in "ab")
print(it is iter(it), next(it), next(it, "end"), next(it, "end"))
def f():
    n = 3
    return (n * i for i in range(n))
print(list(f()), f().__qualname__)
try:
    list(x for x in 5)
except TypeError as e:
    print(e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
