def deco(f):
    return f.nothing
@deco
def g():
    pass
