# The __hash__ slot: None for the mutable builtins and for classes defining __eq__ alone; what __hash__ returns.
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
for value in ([], {}, set(), bytearray(), ([],), frozenset([1]), (1, 2)):
    try:
        print(type(value).__name__, hash(value) is not None)
    except TypeError as e:
        print(e)
    try:
        print({value: 1} is not None)
    except TypeError as e:
        print(e)


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


class Inherits(EqAndHash):
    pass


class InheritsEq(EqAndHash):
    def __eq__(self, other):
        return False


print(EqOnly.__hash__)
for cls in (EqOnly, EqAndHash, Inherits, InheritsEq):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(e)


class Returns:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value


for v in (0, -1, -2, 2**61 - 1, 2**61, 2**64 + 5, -(2**70), True, 12345678901234567):
    print(v, hash(Returns(v)))
for v in (1.5, "x", None):
    try:
        hash(Returns(v))
    except TypeError as e:
        print(e)
s = {Returns(3), Returns(3)}
print(len(s))
