# The rvalue must have the lvalue's shape: slices cannot resize the memory.
b = bytearray(b"abcdef")
m = memoryview(b)
for key, value in [(slice(1, 1), b"a"), (slice(0, 2), b"a"), (slice(0, 2), b"abc"), (slice(None), b""),
                   (slice(None, None, 2), b"ab"), (slice(None, None, -1), b"abcdefg"), (slice(0, 0), b"x")]:
    try:
        m[key] = value
        print(key, "ok")
    except ValueError as e:
        print(key, "ValueError", e)
print(b)
