# format() of str, of other objects, and the errors of the format-spec mini-language.
for spec in ["", "5", "<5", ">6", "^7", "*^8", ".1", ".0", "^8.2", "05", "=>4", "é^9"]:
    print(repr(spec), repr(format("héllo", spec)), repr(format("", spec)))
print(format([1, 2]), format(None), format(3), format(2.5))
cases = [(1, "s"), (1.5, "d"), ("a", "d"), ("a", "+"), ("a", " "), ("a", "#"), ("a", "="), ("a", ","), ("a", "z"),
         (1, ".2"), (1, ",x"), (1, ",_"), (1, "_,"), (1, "+c"), (1, "#c"), (0x110000, "c"), (1, "z"), (1, ",n"),
         (1, "xx"), (1, "10.2.2"), (1.5, "."), (1, "1" * 30), ([], "5"), (1.5, "c"), (1, "_c"), ("abc", "_")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
for spec in [2, None]:
    try:
        format(1, spec)
    except TypeError as e:
        print("TypeError", e)
