# bytearray() from ints, iterables, str and bytes; repr escapes like bytes.
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"xyz"), bytearray("é", "utf-8"))
print(bytearray(range(250, 256)), bytearray(bytearray(b"copy")), repr(bytearray(b"'\"")))
print(bytearray(b"\t\n\\\x7f"), str(bytearray(b"s")), len(bytearray(10)))
for args in [(-1,), ([256],), ("abc",), (1.5,)]:
    try:
        print(bytearray(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
