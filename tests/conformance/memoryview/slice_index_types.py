# Slice bounds must be ints (or None); other types are a TypeError.
m = memoryview(b"abcdef")
for s in [slice(1.0, 3), slice(1, "3"), slice(None, None, 1.5), slice(b"a", None), slice([1], 2)]:
    try:
        m[s]
        print(s, "accepted")
    except TypeError as e:
        print(s, "TypeError", e)
