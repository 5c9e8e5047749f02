# super() misuse and its error messages; the super object itself.
class C:
    def f(self):
        return "C.f"
    x = 5
class D(C):
    def f(self):
        return "D.f"
    def nested(self):
        def inner():
            return super().f()
        return inner()
    def lam(self):
        return (lambda: super().f())()
    def lam_arg(self):
        return (lambda other: super().f())(self)
    def lam_wrong(self):
        return (lambda other: super().f())(3)
    def no_args():
        return super()
    def star(*args):
        return super()
    def reassigned(self):
        self = C()
        return super()
    def missing(self):
        return super().nothing
for m in ["nested", "lam", "lam_arg", "lam_wrong", "reassigned", "missing"]:
    try:
        print(m, getattr(D(), m)())
    except Exception as e:
        print(m, type(e).__name__, e)
for f in [D.no_args, D.star]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print("module", e)
def plain(self):
    return super()
try:
    plain(1)
except RuntimeError as e:
    print("plain", e)
class K:
    try:
        super()
    except RuntimeError as e:
        print("class body", e)

for args in [(C, 1), (1, 2), (D, C()), (D, C), (C, D(), 3)]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    super(C, obj=D())
except TypeError as e:
    print("TypeError", e)

d = D()
s = super(D, d)
print(repr(s), repr(super(D)), repr(super(C, D)))
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
print(super(D).__self__, super(D).__self_class__)
print(s.f(), s.x, super(D, D).f(d), super(D, D).x)
try:
    s.y
except AttributeError as e:
    print(e)
try:
    super(D).f
except AttributeError as e:
    print(e)
try:
    super(C, d).f
except AttributeError as e:
    print(e)
print(s.__class__.__name__, isinstance(s, super), super.__name__)
