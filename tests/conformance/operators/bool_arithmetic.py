# bool is a subclass of int: it takes part in arithmetic as 0 and 1.
print(True + 1, True * 3.5, False ** 0, True / 2, True // 1)
print(sum([True, True, False, True]))
print(True == 1, hash(True) == hash(1), isinstance(True, int))
print(type(True + False).__name__, type(True & False).__name__)
print(str(True), repr(False), int(True), float(False))
print([10, 20][True], "ab"[False])
print(-True, abs(-True), divmod(True, True))
d = {1: "int one"}
d[True] = "bool one"
print(d)
print(True << 2, True | 2, True ^ True)
print(True > False, max(True, False), min([True, 0]))
print(bool("False"), bool(0.0))
