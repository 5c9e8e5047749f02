# Casting between two non-byte formats is refused, even when the sizes agree.
b = bytearray(32)
fmts = ["h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P"]
seen = {}
for s in fmts:
    src = memoryview(b).cast(s)
    for d in fmts:
        try:
            src.cast(d)
            r = "ok"
        except TypeError as e:
            r = "TypeError: " + str(e)
        seen[r] = seen.get(r, 0) + 1
for k in sorted(seen):
    print(seen[k], k)
