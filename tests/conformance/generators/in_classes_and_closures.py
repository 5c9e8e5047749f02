# Generators as methods, __iter__ implementations, closures and nested generators.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t))
print(list(t.depth_first()))
print(sum(t), max(t), 4 in t, 5 in t)

def make_counter(step):
    def counter(n):
        total = 0
        for _ in range(n):
            total += step
            yield total
    return counter

print(list(make_counter(3)(4)))

def outer():
    values = []
    def gen():
        while True:
            v = yield
            values.append(v)
    g = gen()
    next(g)
    for x in "abc":
        g.send(x)
    return values

print(outer())

def shared_state():
    count = 0
    def bump():
        nonlocal count
        count += 1
        yield count
        count += 10
        yield count
    return bump

bump = shared_state()
a, b = bump(), bump()
print(next(a), next(b), next(a), next(b))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
print(list(zip(Range2(2), Range2(5))))

def with_comprehension(n):
    squares = [i * i for i in range(n)]
    yield squares
    yield {i: [j for j in range(i)] for i in range(n)}
    yield sum(i for i in squares)

print(list(with_comprehension(3)))
