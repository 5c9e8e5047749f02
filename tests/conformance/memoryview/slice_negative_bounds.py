# Negative slice bounds count from the end.
m = memoryview(bytearray(b"abcdefgh"))
for a, b in [(-3, None), (None, -3), (-5, -2), (-1, None), (-8, -7), (-9, 2), (2, -9), (-2, -5)]:
    print(a, b, m[a:b].tobytes(), bytes(b"abcdefgh"[a:b]) == m[a:b].tobytes())
