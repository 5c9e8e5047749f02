# A dedent to a column no enclosing block uses.
def f():
        x = 1
    return x
