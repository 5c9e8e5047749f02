# close() and throw() reach the innermost generator of a yield from chain.
def level(name, inner=None):
    try:
        if inner is None:
            while True:
                try:
                    yield name
                except KeyError as e:
                    print(name, "handles", e)
        else:
            yield from inner
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")

g = level("top", level("middle", level("bottom")))
print(next(g))
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom.__name__)
g.close()
print(next(g, "closed"))

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("Iter.close called")

def over_iter():
    yield from Iter()

g = over_iter()
print(next(g), next(g))
g.close()

def over_list():
    yield from [1, 2, 3]
g = over_list()
next(g)
try:
    g.throw(ValueError("into list delegation"))
except ValueError as e:
    print("raised in delegator:", e)
print(next(g, "finished"))
