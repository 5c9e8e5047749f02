# The order must be 'C', 'F', 'A' or None.
m = memoryview(b"abcd").cast("B", [2, 2])
for order in ["X", "c", "f", "a", "", "CF", 1, b"C", ["C"]]:
    try:
        print(repr(order), m.tobytes(order))
    except Exception as e:
        print(repr(order), type(e).__name__, e)
