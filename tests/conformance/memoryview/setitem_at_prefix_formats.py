# '@'-prefixed formats pack like the bare ones; errors name the bare format character.
m = memoryview(bytearray(16))
for f in ["@b", "@B", "@c", "@h", "@I", "@q", "@e", "@d", "@?", "@P"]:
    v = m.cast(f)
    for x in [300, -1, "x", 1.5, b"z"]:
        try:
            v[0] = x
            print(f, repr(x), "->", repr(v[0]))
        except (TypeError, ValueError) as e:
            print(f, repr(x), type(e).__name__, e)
