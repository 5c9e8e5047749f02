# enumerate with default and explicit start, over any iterable.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10**20)), list(enumerate({"k": 1})))
for i, (a, b) in enumerate(zip("xy", [1, 2]), start=100):
    print(i, a, b)
e = enumerate([10, 20])
print(next(e), next(e), next(e, "done"))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
