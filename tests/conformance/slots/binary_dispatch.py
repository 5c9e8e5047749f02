# binary_op1 through the slot tables: __op__, then __rop__; a subclass's __rop__ first; NotImplemented; in-place.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Num(%r)" % (self.v,)

    def __add__(self, other):
        print("Num.__add__", other)
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("Num.__radd__", other)
        if isinstance(other, int):
            return Num(other + self.v)
        return NotImplemented

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __rsub__(self, other):
        return Num(other - self.v)

    def __mul__(self, other):
        return Num(self.v * other)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return "truediv"

    def __floordiv__(self, other):
        return "floordiv"

    def __mod__(self, other):
        return "mod"

    def __pow__(self, other):
        return "pow"

    def __rpow__(self, other):
        return "rpow"

    def __lshift__(self, other):
        return "lshift"

    def __rrshift__(self, other):
        return "rrshift"

    def __and__(self, other):
        return "and"

    def __ror__(self, other):
        return "ror"

    def __xor__(self, other):
        return "xor"

    def __matmul__(self, other):
        return "matmul"

    def __rmatmul__(self, other):
        return "rmatmul"


class Sub(Num):
    def __radd__(self, other):
        print("Sub.__radd__", other)
        return Sub(-1)


print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(Num(1) + Sub(2))
print(Sub(2) + Num(1))
print(10 - Num(3), Num(10) - 3, Num(2) * 4, 4 * Num(2))
print(Num(1) / 2, Num(1) // 2, Num(1) % 2, Num(1) ** 2, 2 ** Num(1))
print(Num(1) << 2, 2 >> Num(1), Num(1) & 2, 2 | Num(1), Num(1) ^ 2, Num(1) @ 2, 2 @ Num(1))
for expr, f in [
    ("Num(1) + 'x'", lambda: Num(1) + 'x'),
    ("'x' + Num(1)", lambda: 'x' + Num(1)),
    ('[1] + Num(1)', lambda: [1] + Num(1)),
    ('Num(1) | 2', lambda: Num(1) | 2),
    ('2 & Num(1)', lambda: 2 & Num(1)),
    ('Num(1) >> 1', lambda: Num(1) >> 1),
    ('1 << Num(1)', lambda: 1 << Num(1)),
    ('object() - Num(1)', lambda: object() - Num(1)),
    ('Num(1) @ Num(1) @ None', lambda: Num(1) @ Num(1) @ None),
    ("b'a' + Num(1)", lambda: b'a' + Num(1)),
    ('-Num(1)', lambda: -Num(1)),
    ('~Num(1)', lambda: ~Num(1)),
]:
    try:
        print(expr, "=", f())
    except TypeError as e:
        print(expr, "->", e)


class InPlace:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        return "binary sub after NotImplemented"

    def __imul__(self, other):
        return "imul result"


x = InPlace()
y = x
x += 1
x += 2
print(x is y, x.log)
x -= 1
print(x)
z = InPlace()
z *= 3
print(z)
w = InPlace()
try:
    w /= 2
except TypeError as e:
    print(e)
n = Num(5)
n += 1
n -= 2
n *= 3
print(n)


class Neg:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "invert"


print(-Neg(), +Neg(), ~Neg())
print(divmod(7, 2))
