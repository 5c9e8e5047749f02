# Positional and keyword arguments bind to parameters by position and name.
def describe(name, age, city):
    return name + " (" + str(age) + ") from " + city
print(describe("Ann", 30, "Oslo"))
print(describe(age=25, city="Rome", name="Bob"))
print(describe("Cy", city="Lima", age=40))
def show(a, b, c):
    print("a =", a, "b =", b, "c =", c)
show(1, 2, 3)
show(*[4, 5, 6])
show(7, *(8, 9))
show(*"xy", c="z")
show(**{"a": 1, "b": 2, "c": 3})
show(1, **{"c": 3, "b": 2})
show(*[1], *[2], **{"c": 3})
