# e.args, str(e) and repr(e) for zero, one and many arguments.
for e in [ValueError(), ValueError("msg"), ValueError(""), ValueError(42), ValueError("a", "b"), ValueError("a", 1, None),
          ValueError(["list"]), ValueError(("tuple",)), ValueError(None), KeyError(), KeyError("k"), KeyError("a", "b"),
          KeyError(1), IndexError("index"), Exception("it's"), TypeError('say "x"'), BaseException(1, 2),
          StopIteration(5), AssertionError("a"), ZeroDivisionError("z")]:
    print(repr(e.args), "|", str(e), "|", repr(e))
print(str(KeyError("")), repr(KeyError("")), str(KeyError(("t",))))
