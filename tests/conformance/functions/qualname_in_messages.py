# Messages, reprs and tracebacks name functions and classes by __qualname__ (CPython's
# initialize_locals uses func_qualname; type_repr and object_repr use ht_qualname).

def show(call):
    try:
        call()
    except TypeError as e:
        print(e)

f = lambda: lambda x: x
show(lambda: f()())
show(lambda: f()(1, 2))
show(lambda: f()(y=1))

class A:
    def m(self, a):
        pass
    class B:
        def n(self):
            pass
        class C:
            def p(self, *, k):
                pass

show(lambda: A().m())
show(lambda: A.m())
show(lambda: A().m(1, b=2))
show(lambda: A().m(1, a=2))
show(lambda: A.B().n(1))
show(lambda: A.B.C().p())
show(lambda: A.B.C().p(k=1, j=2))

def outer():
    def inner(a, /, b=2, *, k):
        pass
    return inner

show(lambda: outer()())
show(lambda: outer()(1, 2, 3))
show(lambda: outer()(a=1, k=2))

def factory():
    class Local:
        def method(self):
            pass
    return Local

L = factory()
print(L.__name__, L.__qualname__, A.B.C.__name__, A.B.C.__qualname__)
print(repr(L), repr(A.B.C))
print(repr(L()).split(" object at ")[0], repr(A.B()).split(" object at ")[0])
print(L.method.__qualname__, A.B.C.p.__qualname__, outer().__qualname__, f().__qualname__)
print(repr(L().method).split(" of ")[0])
show(lambda: L().method(1))
