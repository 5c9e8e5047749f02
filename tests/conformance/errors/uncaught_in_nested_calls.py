# An exception raised three calls deep propagates to the top.
def inner(x):
    return x / (x - x)
def middle(x):
    return inner(x) + 1
def outer(x):
    print("outer", x)
    return middle(x)
outer(3)
