# Recursive generators: permutations, tree walks, flattening.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations("abcd")))

def flatten(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item)
    else:
        yield value

print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield src, dst
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(4, "A", "C", "B"))
print(len(moves), moves[:5])

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(15)])

def subsets(items):
    if not items:
        yield ()
        return
    for s in subsets(items[1:]):
        yield s
        yield (items[0],) + s

print(sorted(subsets((1, 2, 3))))
