# contextlib: closing, suppress, nullcontext and ExitStack.
from contextlib import closing, suppress, nullcontext, ExitStack, contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print(type(r).__name__)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
with nullcontext(42) as x:
    print(x)
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("in stack")
with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    raise ValueError
print("stack suppressed")
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError, context", repr(e.__context__))
stack = ExitStack()
stack.callback(print, "popped then closed")
other = stack.pop_all()
stack.close()
other.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)
