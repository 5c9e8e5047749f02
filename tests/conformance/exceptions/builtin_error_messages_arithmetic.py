# TypeError messages of binary and unary operators on mismatched types.
pairs = [(1, "a"), ("a", 1), (1.5, None), (None, None), ([1], 1), ((1,), [1]), ({}, {}), (b"a", "a"), (1, b"a")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
       ("&", lambda a, b: a & b), ("<", lambda a, b: a < b)]
for a, b in pairs:
    for name, op in ops:
        try:
            op(a, b)
            print(repr(a), name, repr(b), "ok")
        except TypeError as e:
            print(repr(a), name, repr(b), "TypeError:", e)
