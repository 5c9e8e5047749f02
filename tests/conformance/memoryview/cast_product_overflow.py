# A shape whose product overflows is refused before the size check.
m1 = memoryview(bytes(512)).cast("I")
m2 = memoryview(bytes(128))
for m, fmt, shape in [(m1, "B", [7, 7, 73, 127, 337, 92737, 649657]),
                      (m1, "B", [2 ** 20, 2 ** 20, 2 ** 10, 2 ** 10, 2 ** 3]),
                      (m2, "I", [2 ** 20, 2 ** 20, 2 ** 10, 2 ** 10, 2 ** 1]),
                      (m2, "B", [2 ** 32, 2 ** 32])]:
    try:
        m.cast(fmt, shape)
    except Exception as e:
        print(type(e).__name__, e)
