# int() error messages.
cases = [
    ("",), ("abc",), ("12a",), ("1.5",), ("0x10",), ("1 2",), ("_1",), ("1__0",),
    ("1_",), ("08", 0), ("2", 2), ("9", 8), ("g", 16), ("12", 1), ("12", 37),
    ("12", -1), (12, 10), (1.5, 2), (None,), ([1],), ("  ",), ("+",), ("-",),
    ("0b", 0), ("0x", 16), ("1e5",), (b"12",),
]
for args in cases:
    try:
        print(repr(args), "->", int(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), "->", type(e).__name__ + ":", e)
print(int(), int(0), int(-0))
