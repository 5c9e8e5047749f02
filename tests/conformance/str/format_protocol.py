# f-strings, format() and str.format all go through PyObject_Format: a user __format__ runs even
# without a spec, and a global named `format` changes none of them.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return "<" + spec + ":" + str(self.cents) + ">"
    def __str__(self):
        return "str-money"
    def __repr__(self):
        return "repr-money"

m = Money(250)
print(f"{m}", f"{m:>8}", f"{m!s}", f"{m!r}", f"{m!s:>12}")
print(format(m), format(m, "x"), "{}|{:y}|{!r}".format(m, m, m))
width = 6
print(f"{m:{width}d}", f"{3.5:{width}.2f}", f"{42:{width}}|")

class Plain:
    def __str__(self):
        return "plain"

p = Plain()
print(f"{p}", format(p), "{}".format(p), f"{p!r:.1}")
for call in (lambda: f"{p:>10}", lambda: format(p, "x"), lambda: "{:x}".format(p)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class Bad:
    def __format__(self, spec):
        return 42

for call in (lambda: f"{Bad()}", lambda: format(Bad()), lambda: "{}".format(Bad())):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def format(value, spec=""):
    return "global format called"

print(f"{12:>5}", f"{1.25:.1f}", f"{'abc':^7}", f"{m:z}", "{:>4}".format(7))
print(f"{True}", f"{True:>5}", f"{None}", f"{[1, 2]}", f"{b'x'}", f"{(1,)!r}")
