# repr of nested lists mixing every Tier-1 type.
print([])
print([1, -2.5, "s", b"b", None, True, ...])
print([[1, [2, [3, []]]], (4, (5,)), {"k": [6]}])
print([bytearray(b"x"), range(3), slice(1, None)])
print(str([1, "a"]), repr(["it's", 'say "x"']))
print([float("inf"), float("nan"), -0.0, 1e16, 10**20])
print(list(), list("ab"), list(range(3)), list((1,)), list({"a": 1, "b": 2}))
print(list(b"ab"), list(bytearray(b"\x00")), list(x for x in "xy"))
