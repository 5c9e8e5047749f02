# Identity tests on singletons and on objects bound to several names.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not None)
x = None
print(x is None, x is not None)
print(... is ..., () is not None)
b.append(3)
print(a, a is b)
def f():
    return a
print(f() is a)
print(type(1) is int, type(True) is bool, type(True) is int)
print(type("") is str, type([]) is list)
