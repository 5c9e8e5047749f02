# Objects without the buffer protocol are never equal to a view.
m = memoryview(b"abcdef")
for other in ["abcdef", [97, 98, 99, 100, 101, 102], (97,), 97, None, 1.0, {}]:
    print(repr(other), m == other, m != other, other == m, other != m)
