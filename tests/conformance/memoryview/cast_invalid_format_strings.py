# The destination format must be one native single character, optionally after '@'.
m = memoryview(bytearray(120))
for fmt in ["X", "@X", "@XY", "=B", "!L", "<P", ">l", "BI", "xBI", "", "@", "3B", "1B", "s", "p", "x",
            "u", "w", "O", "Bb", "@@B", " B", "B ", "Zd", "T{B}"]:
    try:
        v = m.cast(fmt)
        print(repr(fmt), "ok", v.format)
    except ValueError as e:
        print(repr(fmt), "ValueError", e)
