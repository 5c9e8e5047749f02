# True, False, None and Ellipsis.
print(True, False, None, ...)
print(repr(...), str(Ellipsis), ... is Ellipsis)
print(type(True).__name__, type(None).__name__, type(...).__name__)
print(True + True, True * 10, False - 1)
print(None is None, None == None, None == 0)
print(True == 1, False == 0, True is not False)
print(repr(None), repr(True), str(False))
x = ...
print(x)
print([None, True, ...])
