# next() on an exhausted iterator raises StopIteration; for loops swallow it.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, isinstance(e, Exception))
e = StopIteration("value")
print(e.args, e.value, StopIteration().value)
gen = (x for x in range(2))
print(next(gen), next(gen), next(gen, "exhausted"))
