# id() is stable for a live object and equal exactly when two names are the same object.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__)
print(id(None) == id(None), id(a) != id(c))
x = a
a.append(2)
print(id(x) == id(a), x)
