# del on names, list items and slices, dict keys, and several targets at once.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as e:
    print("NameError", e)
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
