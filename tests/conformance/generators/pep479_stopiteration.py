# PEP 479: a StopIteration raised inside a generator becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration("inside")

g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
print(next(g, "finished"))

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(next_on_empty())
except RuntimeError as e:
    print("list:", e, repr(e.__cause__))

def ok():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "exhausted"

print(list(ok()))

def via_genexpr():
    yield from (next(iter([])) for _ in range(1))

try:
    list(via_genexpr())
except RuntimeError as e:
    print("genexpr:", e)

g = (x for x in [1])
next(g)
try:
    next(g)
except StopIteration as e:
    print("genexpr exhausted", e.args)

def fresh():
    yield 1
try:
    fresh().throw(StopIteration)
except RuntimeError as e:
    print("thrown:", e)
list(leaks())
