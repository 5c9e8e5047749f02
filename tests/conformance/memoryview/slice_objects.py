# Slice objects work as keys, with None and huge bounds clipped.
m = memoryview(b"abcdefgh")
for s in [slice(1, 4), slice(None), slice(None, None, -1), slice(2, None, 3), slice(-2 ** 100, 2 ** 100),
          slice(2 ** 100, None, -1), slice(None, -2 ** 100, -1), slice(None, None, 2 ** 100),
          slice(None, None, -2 ** 100), slice(True, 5, True)]:
    print(s, m[s].tobytes(), m[s].strides)
