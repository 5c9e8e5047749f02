# zip, map, filter and enumerate pull from generators one item at a time.
def noisy(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i
    print("  %s done" % name)

print("zip:")
for pair in zip(noisy("a", 3), noisy("b", 2)):
    print(pair)
print("map:")
m = map(lambda x: x * 10, noisy("m", 2))
print(next(m))
print(list(m))
print("filter:")
print(list(filter(lambda x: x % 2, noisy("f", 4))))
print("enumerate:")
e = enumerate(noisy("e", 2))
print(next(e))
print(next(e))
print(next(e, "end"))
print("any stops early:")
print(any(x > 0 for x in noisy("any", 5)))
print("in stops early:")
print(1 in noisy("in", 5))
print("sorted:")
print(sorted(noisy("s", 2), reverse=True))
