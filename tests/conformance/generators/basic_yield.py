# Generator functions: yield produces values lazily, one per next().
def three():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")

g = three()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"))
print(list(three()))
print(tuple(three()))
for x in three():
    print("got", x)

def empty():
    return
    yield

print(list(empty()))

def bare():
    yield
    yield None

print(list(bare()))
