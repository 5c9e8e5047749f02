# bool() of every kind of value, and truth tests in if/while.
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", b"", b"\x00",
          bytearray(), bytearray(b"x"), [], [0], (), (None,), {}, {0: 0},
          None, True, False, range(0), range(1), ...]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
n = 3
while n:
    print("n =", n)
    n -= 1
print(bool(), bool(10**100), bool(-10**100))
