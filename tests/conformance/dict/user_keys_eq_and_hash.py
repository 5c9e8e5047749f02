# Instances of user classes as dict keys and set elements: __hash__ picks the slot, __eq__ decides.
calls = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        calls.append("hash %d" % self.v)
        return hash(self.v)

    def __eq__(self, other):
        calls.append("eq %d" % self.v)
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%d)" % self.v


d = {Key(1): "a", Key(2): "b"}
print(calls)
calls.clear()
print(d[Key(1)], Key(2) in d, Key(3) in d, d.get(Key(3), "none"))
print(calls)
calls.clear()
k1 = Key(1)
d[k1] = "c"
print(d, calls)
del d[Key(2)]
print(d, len(d))
s = {Key(5), Key(5), Key(6)}
print(len(s), Key(5) in s, sorted(k.v for k in s))
s.discard(Key(6))
print(len(s))
print({(Key(7), 1): "t"}[(Key(7), 1)])


class Same:
    def __hash__(self):
        return 42

    def __eq__(self, other):
        return True


print(len({Same(), Same(), Same()}), len({Same(): 1, 1: 2}))


class NoHash:
    def __eq__(self, other):
        return True


for make in (lambda: {NoHash(): 1}, lambda: {NoHash()}, lambda: hash(NoHash())):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)


class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no comparing")


b = Boom()
d = {b: 1}
print(d[b])
try:
    d[Boom()]
except ValueError as e:
    print("ValueError", e)


class Identity:
    pass


i = Identity()
print({i: 1}[i], Identity() in {i: 1})
