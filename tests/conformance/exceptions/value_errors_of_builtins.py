# ValueError messages from conversions and methods.
cases = [lambda: int("12x"), lambda: float("1..2"), lambda: "abc".index("z"), lambda: [1, 2].remove(3),
         lambda: "a,b".split(""), lambda: chr(-5), lambda: bytes([300]), lambda: bytes.fromhex("xyz"),
         lambda: range(1, 5, 0), lambda: (1, 2).index(5), lambda: b"abc".index(b"z"), lambda: "x".center(3, ""),
         lambda: int("5", 99), lambda: 1 << -1, lambda: (3).to_bytes(1, "diagonal"), lambda: min([]),
         lambda: [1][::0], lambda: "{".format(), lambda: bytearray(b"a").remove(7)]
for f in cases:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
