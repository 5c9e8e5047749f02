# Exceptions inside generators: handled-exception context, chaining, tracebacks of the caller.
def current():
    # the exception being handled, seen by a bare raise; RuntimeError when there is none
    try:
        raise
    except BaseException as e:
        return type(e).__name__

def handler_yields():
    try:
        raise KeyError("k")
    except KeyError:
        yield current()
        yield current()
    yield current()

g = handler_yields()
print(next(g))
print(current())
try:
    raise IndexError("outer")
except IndexError:
    print(next(g))
    print(current())
print(next(g))

def chains():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("converted") from e

g = chains()
next(g)
try:
    g.throw(ValueError("original"))
except TypeError as e:
    print(e, "<-", repr(e.__cause__))

def implicit():
    try:
        yield 1
    finally:
        pass
    try:
        raise KeyError("first")
    except KeyError:
        yield 2
        raise ValueError("second")

g = implicit()
next(g)
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))

def catch_in_gen():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError as e:
            yield "div: " + str(e)

print(list(catch_in_gen()))
def bare_raise():
    try:
        raise ValueError("again")
    except ValueError:
        yield "in handler"
        raise
g = bare_raise()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised", e)
