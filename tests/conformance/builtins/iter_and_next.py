# iter() and next() with and without a default; StopIteration when exhausted.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
print(iter(it) is it, list(iter(range(3))), list(iter((4, 5))))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
