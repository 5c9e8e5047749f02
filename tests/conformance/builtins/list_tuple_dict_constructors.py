# list(), tuple() and dict() from every kind of iterable, and their errors.
sources = ["abc", b"ab", bytearray(b"c"), [1, 2], (3,), {"k": 1, "j": 2}, range(3), iter([9]), (x for x in "xy"),
           {"a": 1}.items(), zip("ab", "cd"), enumerate("e"), reversed([1, 2])]
for src in sources:
    print(list(src))
print(tuple("xyz"), tuple([1]), tuple(range(2)), tuple({}), dict(enumerate("ab")), dict({}.items()))
for bad in [1, None, 1.5]:
    for ctor in [list, tuple]:
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, "TypeError", e)
