# Equality ignores order; copy() is shallow.
a = {"x": 1, "y": [2]}
b = {"y": [2], "x": 1}
print(a == b, a != b, list(a) == list(b), a == {"x": 1}, {} == {})
c = a.copy()
c["x"] = 100
c["y"].append(3)
print(a, c, a is c)
print({1: 1} == {1.0: 1}, {1: 1} == {True: 1.0})
try:
    print({} < {})
except TypeError as e:
    print("TypeError", e)
d = dict(a)
d.clear()
print(d, a)
