# nonlocal naming a variable no enclosing function defines.
def f(x):
    nonlocal y
    return x
