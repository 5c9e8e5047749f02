# Parameters before '/' are positional-only: keywords of those names go to **kwargs or are refused.
def g(a, /, b):
    return a, b


print(g(1, 2), g(1, b=2))
try:
    g(a=1, b=2)
except TypeError as e:
    print("TypeError", e)


def h(a, /, **kw):
    return a, kw


print(h(1, a=2))


def k(a, b=5, /, c=6, *, d=7):
    return a, b, c, d


print(k(1), k(1, 2), k(1, 2, 3), k(1, c=4), k(1, 2, d=0))
for call in (lambda: k(), lambda: k(1, b=2), lambda: k(a=1, b=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
f = lambda x, /, y=2: (x, y)
print(f(1), f(1, y=3))
try:
    f(x=1)
except TypeError as e:
    print("TypeError", e)
