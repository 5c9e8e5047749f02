# contextlib.contextmanager: generator-based context managers, as decorators too.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("body", v)

@contextmanager
def handles():
    try:
        yield
    except ValueError as e:
        print("handled", e)

with handles():
    raise ValueError("boom")
print("after suppressed")
try:
    with handles():
        raise KeyError("k")
except KeyError as e:
    print("KeyError passed", e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

@tag("deco")
def decorated(x):
    print("inside decorated", x)
    return x * 2
print(decorated(3), decorated(4))

