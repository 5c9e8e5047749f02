# bytes() from ints, iterables, str with encoding, and other bytes-like objects.
print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((0, 255)))
print(bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"from bytearray")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
print(bytes(x * 2 for x in range(4)), bytes([True, False]))
cases = [(-1,), ([256],), ([-1],), (["a"],), ("abc",), (1.5,), (None,), ([1.0],), (b"x", "utf-8")]
for args in cases:
    try:
        print(args, bytes(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
