# Builtins that consume iterables treat generators like any iterator.
def gen(n):
    for i in range(n):
        yield i

print(list(zip(gen(3), gen(5), "abcd")))
print(list(map(lambda x, y: x * y, gen(4), gen(4))))
print(list(enumerate(gen(3), 10)))
print(list(filter(None, gen(5))))
print(sorted(gen(4), reverse=True))
print(sum(gen(5)), min(gen(5)), max(gen(5)))
print(tuple(gen(3)), set(gen(3)), dict(zip(gen(2), gen(2))))
print(any(gen(0)), all(gen(0)), any(gen(3)), all(gen(3)))
print(" ".join(map(str, gen(4))))
print(list(reversed(list(gen(3)))))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print([*gen(2), *gen(3)])
print(3 in gen(5), 7 in gen(5))
g = gen(5)
print(3 in g, list(g))
lst = [0]
lst.extend(gen(3))
print(lst)
print(bytes(gen(4)), bytearray(gen(3)))
it = iter(gen(2))
print(next(it), next(it), next(it, None))
try:
    a, b = gen(3)
except ValueError as e:
    print(e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print(e)
print(list(zip(*[gen(2), gen(2)])))
print(str.join(",", (str(x) for x in gen(3))))
