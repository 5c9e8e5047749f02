# close() throws GeneratorExit into the generator; finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.close())
print(g.close())
print(next(g, "closed"))

g = gen()
print(g.close(), "unstarted: no cleanup")
print(list(g))

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

g = catches()
next(g)
g.close()

def ignores():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring")

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def returns():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"

g = returns()
next(g)
print(g.close())

def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

g = raises_other()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e)
print(next(g, "done"))

g = gen()
for x in g:
    print("loop", x)
    break
g.close()
