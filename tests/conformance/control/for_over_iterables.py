# for works over any iterable: tuples, bytes, dict views, ranges, zip, enumerate, generator expressions.
for item in (1, "two", 3.0):
    print(type(item).__name__, item)
for byte in b"AB":
    print(byte)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
for v in d.values():
    print("value", v)
for a, b in zip("ab", range(2)):
    print(a, b)
for i, c in enumerate("xy", 1):
    print(i, c)
for sq in (n * n for n in range(4)):
    print("square", sq)
for [a, b] in [[1, 2], (3, 4), "56"]:
    print(a, b)
for x in reversed(range(3)):
    print("rev", x)
for bad in [5, None]:
    try:
        for x in bad:
            pass
    except TypeError as e:
        print("TypeError", e)
