def f(a, b):
    return a[b] + 1


def g():
    x = f([1], 0) + f(None, 1)
    return x


g()
