# A positional argument after a keyword argument.
def f(*a, **k):
    return a
f(a=1, 2)
