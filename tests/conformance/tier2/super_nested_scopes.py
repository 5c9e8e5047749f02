# super() in comprehensions, lambdas and nested functions of a method; the implicit __class__ cell.
class A:
    def f(self, x=0):
        return x + 1
class B(A):
    def listcomp(self):
        return [super().f(i) for i in range(3)]
    def dictcomp(self):
        return {i: super().f(i) for i in range(2)}
    def nested_comp(self):
        return [[super().f(i + j) for j in range(2)] for i in range(2)]
    def genexp(self):
        return list(super().f(i) for i in range(2))
    def lambda_self(self):
        return (lambda s: super().f(5))(self)
    def lambda_none(self):
        return (lambda: super().f())()
    def inner_with_self(self):
        def inner(me):
            return super().f(10)
        return inner(self)
    def class_cell(self):
        def get():
            return __class__
        return get().__name__, __class__ is B
    def self_in_cell(self):
        g = lambda: self
        return super().f(7), g() is self
for name in ["listcomp", "dictcomp", "nested_comp", "genexp", "lambda_self", "lambda_none",
             "inner_with_self", "class_cell", "self_in_cell"]:
    try:
        print(name, getattr(B(), name)())
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)

class C(B):
    def listcomp(self):
        return ["C"] + super().listcomp()
print(C().listcomp(), C().class_cell())

def shadow():
    class S(A):
        def f(self, x=0):
            super = lambda: "not super"
            return super()
    return S().f()
print(shadow())
