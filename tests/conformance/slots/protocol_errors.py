# What the operations say when a special method returns the wrong thing or is missing.
class Len:
    def __init__(self, value):
        self.value = value

    def __len__(self):
        return self.value


for v in (3, True, -1, 2**63, "3", 2.0):
    try:
        print(len(Len(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Bool:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value


for v in (True, False, 1, None):
    try:
        print(bool(Bool(v)), "yes" if Bool(v) else "no")
    except TypeError as e:
        print(e)
print(bool(Len(0)), bool(Len(5)))


class Repr:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return self.value

    def __str__(self):
        return self.value


for v in ("ok", 5):
    try:
        print(repr(Repr(v)))
    except TypeError as e:
        print(e)
    try:
        print(str(Repr(v)))
    except TypeError as e:
        print(e)


class Iter:
    def __iter__(self):
        return 5


class NotAnIterator:
    pass


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i


for obj in (Iter(), NotAnIterator(), Seq()):
    try:
        print(list(obj))
    except TypeError as e:
        print(e)
try:
    next(NotAnIterator())
except TypeError as e:
    print(e)


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


for v in (1, True, "1"):
    try:
        print([5, 6, 7][Index(v)])
    except TypeError as e:
        print(e)
for expr, f in [
    ('NotAnIterator()[0]', lambda: NotAnIterator()[0]),
    ('NotAnIterator()()', lambda: NotAnIterator()()),
    ('len(NotAnIterator())', lambda: len(NotAnIterator())),
    ('-NotAnIterator()', lambda: -NotAnIterator()),
    ('1 in NotAnIterator()', lambda: 1 in NotAnIterator()),
]:
    try:
        f()
    except TypeError as e:
        print(expr, "->", e)


def store():
    o = NotAnIterator()
    o[0] = 1


def delete():
    o = NotAnIterator()
    del o[0]


for f in (store, delete):
    try:
        f()
    except TypeError as e:
        print(e)
