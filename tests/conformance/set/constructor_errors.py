# The constructors' argument errors.
for args in ([[1, 2]], [5], [None], [[1], [2]]):
    for cls in (set, frozenset):
        try:
            print(cls(*args))
        except TypeError as e:
            print(e)
for call in (lambda: frozenset(x=1), lambda: set(iterable=1), lambda: frozenset().add(1), lambda: set.add(frozenset(), 1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
