# generator.throw raises the exception at the suspended yield.
def gen():
    while True:
        try:
            x = yield "ready"
            print("sent", x)
        except ValueError as e:
            print("caught ValueError", e)
            yield "recovered"
        except KeyError:
            print("caught KeyError")

g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError, "by type and value"))
print(g.send(1))
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", e)
print(next(g, "finished"))
try:
    g.throw(IndexError("into finished"))
except IndexError as e:
    print("finished generator raises", e)

def fresh():
    print("never runs")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("at start"))
except RuntimeError as e:
    print("fresh", e)
print(list(f))

g = gen()
next(g)
for bad in (1, "str", None):
    try:
        g.throw(bad)
    except TypeError as e:
        print(e)
try:
    g.throw(ValueError("x"), 1)
except TypeError as e:
    print(e)

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
