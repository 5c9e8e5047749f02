# Iteration walks the table; a change of size while iterating is a RuntimeError that sticks.
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(1)
s.add(1)
print(list(it), type(it).__name__)
s = {1, 2}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    except StopIteration:
        print("StopIteration")
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
s = set()
for step in range(3000):
    op = rnd(10)
    v = rnd(200) - 50
    if op < 5:
        s.add(v * 8)
    elif op < 8:
        s.discard(v * 8)
    elif op == 8 and s:
        s.pop()
    if step % 500 == 0:
        print(list(s))
print(list(s), sum(s), min(s), max(s), sorted(s)[:5])
print(list(enumerate({5, 6})), list(zip({1, 2}, {3, 4})), [*{9, 8}], tuple(frozenset({7, 1})))
a, b = {10, 20}
print(a, b)
