# continue in a function body but outside any loop.
def f():
    continue
