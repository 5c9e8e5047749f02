# The rvalue of a slice assignment must export a buffer.
m = memoryview(bytearray(b"abc"))
for value in [[1], [1, 2, 3], (1, 2, 3), "abc", 1, None, range(3)]:
    try:
        m[0:3] = value
        print("ok")
    except TypeError as e:
        print(type(value).__name__, "TypeError", e)
print(m.tobytes())
