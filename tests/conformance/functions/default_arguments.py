# Defaults are evaluated once, when the def runs.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet("Di", "Yo", "."))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def uses_default(x=n):
    return x
n = 20
print(uses_default(), n)
def all_defaults(a=1, b=2):
    return a, b
print(all_defaults(), all_defaults(b=5))
