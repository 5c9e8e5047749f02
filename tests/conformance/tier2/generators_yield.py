# Tier 2: generator functions with yield.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    print("generator finished")
print(list(count_up(3)))
g = count_up(2)
print(next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out, sum(count_up(5)), type(count_up(1)).__name__)
