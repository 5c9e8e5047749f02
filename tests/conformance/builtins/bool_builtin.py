# bool() of every value type; results are the singletons True and False.
for v in [0, 1, -1, 0.0, 0.5, -0.0, float("nan"), "", "False", b"", b"\x00", bytearray(), [], [[]], (), ((),), {}, {0: 0},
          None, range(0), range(3), ..., len]:
    print(repr(v), bool(v))
print(bool(), bool(True) is True, bool(0) is False, repr(bool(1)), str(bool("")))
