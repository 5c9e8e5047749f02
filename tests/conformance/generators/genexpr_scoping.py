# A generator expression evaluates its first iterable at once, everything else lazily.
def noisy(name, values):
    print("iterable", name)
    return values

g = (x for x in noisy("outer", [1, 2]) for y in noisy("inner", "ab"))
print("created")
print(list(g))
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("at creation:", e)
g = (undefined_name for x in [1])
print("created lazily")
try:
    next(g)
except NameError as e:
    print("at iteration:", e)
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))
fs = [lambda: i for i in range(3)]
gens = [(i * k for k in range(2)) for i in range(3)]
print([f() for f in fs], [list(g) for g in gens])
x = "outer x"
print(list(x for x in "ab"), x)
class C:
    items = [1, 2, 3]
    total = sum(v for v in items)
print(C.total)
def f(seq):
    return list((a, b) for a in seq for b in seq if a < b)
print(f([1, 2, 3]))
print(list((yield_ for yield_ in range(2))))
