# Keys must be ints, slices, tuples or Ellipsis; bools are ints.
m = memoryview(b"abcdef")
print(m[True], m[False])
for k in [None, 0.0, 2.5, "a", b"a", [0], {}, (0.0,), (slice(0, 1), 0), (0, slice(0, 1))]:
    try:
        m[k]
        print(repr(k), "accepted")
    except TypeError as e:
        print(repr(k), "TypeError", e)
