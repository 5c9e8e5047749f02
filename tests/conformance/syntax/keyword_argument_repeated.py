# The same keyword argument twice in one call.
def f(**kw):
    return kw
f(a=1, a=2)
