# Runaway recursion: Python frames, __repr__/__eq__/__exit__ that recurse, and deeply nested containers.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError", e)

def down(n):
    return down(n + 1)
attempt("function", lambda: down(0))

class R:
    def __repr__(self):
        return repr(self)
attempt("__repr__", lambda: repr(R()))
attempt("__repr__ in list", lambda: str([R()]))

class E:
    def __eq__(self, other):
        return self == other
attempt("__eq__", lambda: E() == E())
attempt("__eq__ in list", lambda: [E()] == [E()])

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        with CM():
            pass
def use_cm():
    with CM():
        return "body"
attempt("__exit__", use_cm)

class Len:
    def __len__(self):
        return len(self)
attempt("__len__", lambda: len(Len()))

def nest(n, make):
    x = []
    for i in range(n):
        x = make(x)
    return x

for n in [1000, 9000]:
    lists = nest(n, lambda x: [x])
    attempt("repr list %d" % n, lambda: len(repr(lists)))
    attempt("repr tuple %d" % n, lambda: len(repr(nest(n, lambda x: (x,)))))
    attempt("repr dict %d" % n, lambda: len(repr(nest(n, lambda x: {1: x}))))
    attempt("str list %d" % n, lambda: len(str(lists)))
    attempt("eq %d" % n, lambda: nest(n, lambda x: [x]) == nest(n, lambda x: [x]))
    attempt("eq same %d" % n, lambda: lists == lists)
    attempt("lt %d" % n, lambda: nest(n, lambda x: [x]) < nest(n, lambda x: [x]))
deep = nest(20000, lambda x: [x])
attempt("eq 20000", lambda: deep == nest(20000, lambda x: [x]))
attempt("eq same 20000", lambda: deep == deep)
attempt("lt 20000", lambda: deep < nest(20000, lambda x: [x]))
print("recovered", len(repr(nest(100, lambda x: [x]))))
