# Slice assignment keys with non-int bounds are refused before the copy.
m = memoryview(bytearray(b"abcdef"))
for s in [slice(0.0, 2), slice(None, "2"), slice(0, 2, 0)]:
    try:
        m[s] = b"xy"
    except Exception as e:
        print(s, type(e).__name__, e)
print(m.tobytes())
