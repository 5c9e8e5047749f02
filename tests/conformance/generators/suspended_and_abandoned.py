# Breaking out of a loop leaves the generator suspended: it can go on later, and close() runs its cleanup.
def numbers():
    try:
        for i in range(10):
            print("producing", i)
            yield i
    finally:
        print("numbers cleanup")

g = numbers()
for x in g:
    if x == 2:
        break
print("broke out at", x, g.gi_suspended)
for x in g:
    if x == 4:
        break
print("again at", x)
print(next(g))
g.close()
print(g.gi_suspended, next(g, "done"))

def pairs():
    yield 1, 2
    yield 3, 4

for a, b in pairs():
    print(a + b)
it = pairs()
first = next(it)
rest = list(it)
print(first, rest, list(it))
for i, (a, b) in enumerate(pairs(), 1):
    print(i, a, b)
