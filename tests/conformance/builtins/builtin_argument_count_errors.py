# Builtins called with the wrong number or kind of arguments.
cases = [lambda: len(), lambda: len([], []), lambda: abs(), lambda: abs(1, 2), lambda: chr(), lambda: ord("a", "b"),
         lambda: isinstance(1), lambda: divmod(1), lambda: hex(), lambda: iter(), lambda: next(),
         lambda: sorted(), lambda: sorted([1], [2]), lambda: range(1, 2, 3, 4), lambda: getattr(1),
         lambda: hasattr(1), lambda: callable(), lambda: sum(), lambda: any(), lambda: repr(), lambda: pow(1),
         lambda: len(x=[])]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
