# Classes defined inside functions: the class body and its methods see the function's variables
# through the class scope (free variables passed through, __class__ cell, class namespace first).

def make(n):
    released = []
    def release():
        released.append(n)
        return n
    class K:
        size = n * 2
        doubled = [n + i for i in range(3)]
        pick = lambda self: n + 100
        def __index__(self):
            return release()
        def get(self):
            return n, self.size
        def __repr__(self):
            return "K(%d)" % n
    return K, released

K, released = make(3)
k = K()
print(K.size, K.doubled, k.pick(), k.get(), repr(k))
print([10, 20, 30, 40][k], released)

def shadow():
    x = "function"
    class C:
        x = "class"
        seen = x
        def method(self):
            return x
    return C
C = shadow()
print(C.seen, C.x, C().method())

def with_super():
    class Base:
        def hello(self):
            return "base"
    tag = "!"
    class Derived(Base):
        def hello(self):
            return super().hello() + tag + __class__.__name__
    return Derived
print(with_super()().hello())

def nested_classes():
    z = 7
    class Outer:
        class Inner:
            value = z
            def get(self):
                return z * 2
    return Outer
O = nested_classes()
print(O.Inner.value, O.Inner().get())

def nonlocal_in_method():
    count = 0
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.bump()
    c.bump()
    return count
print(nonlocal_in_method())

def unbound():
    class E:
        def m(self):
            return later
    try:
        E().m()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
unbound()
