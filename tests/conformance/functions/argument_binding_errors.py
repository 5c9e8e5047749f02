# Every argument-binding error message of a Python-level function.
def f(a, b, c=3):
    return a, b, c
def g(*, key):
    return key
def h():
    return None
cases = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, a=1), lambda: f(1, 2, d=4),
         lambda: g(), lambda: g(1), lambda: g(key=1, other=2), lambda: h(1), lambda: h(x=1),
         lambda: f(*[1, 2, 3, 4, 5]), lambda: f(**{"a": 1}), lambda: f(1, **{"b": 2, "zzz": 3}),
         lambda: f(*5), lambda: f(**[1])]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError", e)
