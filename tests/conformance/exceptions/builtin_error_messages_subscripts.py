# Messages of subscripting, calling and attribute access on the wrong types.
cases = [lambda: (1)[0], lambda: None[0], lambda: len[0], lambda: (1)(), lambda: "s"(), lambda: None(),
         lambda: [1]["a"], lambda: (1,)[1.5], lambda: "abc"[None], lambda: (5).nope,
         lambda: None.attr, lambda: [].nope, lambda: "".join.nope, lambda: [][0], lambda: ()[0], lambda: ""[0],
         lambda: b""[0], lambda: bytearray()[0], lambda: range(0)[0], lambda: {}["a"]]
for f in cases:
    try:
        f()
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
