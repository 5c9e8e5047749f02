# yield from needs an expression.
def f(x):
    yield from
