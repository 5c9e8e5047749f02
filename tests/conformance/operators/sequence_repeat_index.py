# sequence * n takes any n with __index__ (sequence_repeat), after the operands' __mul__/__rmul__.
import array

class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Both(I):
    def __rmul__(self, other):
        return "rmul wins"
    def __mul__(self, other):
        return "mul wins"

class Huge:
    def __index__(self):
        return 10 ** 30

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

two = I(2)
for seq in ([1, 2], (1,), "ab", b"ab", bytearray(b"a")):
    show(type(seq).__name__, lambda: (seq * two, two * seq, seq * I(0), seq * I(-3)))
show("array", lambda: (array.array("b", [1]) * two, two * array.array("b", [1])))
show("rmul", lambda: [1] * Both(2))
show("mul", lambda: Both(2) * [1])
show("huge", lambda: [1] * Huge())
show("huge-left", lambda: Huge() * "x")
show("negative huge", lambda: [1] * I(-10 ** 30))
show("str count", lambda: [1] * "x")
show("float count", lambda: "x" * 2.0)
show("none count", lambda: None * b"x")

l = [1, 2]
l *= two
print(l)
b = bytearray(b"xy")
b *= I(3)
print(b)
for target in ([1], bytearray(b"z")):
    try:
        target *= "no"
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        target *= 1.5
    except TypeError as e:
        print(type(e).__name__, e)
t = (1, 2)
t *= two
print(t)
show("negative huge int", lambda: "ab" * -10 ** 30)
