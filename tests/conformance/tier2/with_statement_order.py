# Tier 2: the order of __enter__/__exit__ calls, and exception suppression.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress
with Tracer("a") as value:
    print("body", value)
with Tracer("outer"), Tracer("inner") as inner:
    print("nested body", inner)
with Tracer("swallow", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Tracer("propagate"):
        raise KeyError("seen")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with Tracer("ret"):
        return "returned"
print(early_return())
