# The separator must be a single ASCII character, as str or bytes.
m = memoryview(b"abc")
for sep in ["ab", "", b"", b"ab", "\xe9", 1, None, ["x"], bytearray(b":")]:
    try:
        print(repr(sep), m.hex(sep))
    except Exception as e:
        print(repr(sep), type(e).__name__, e)
for n in [1.0, "2", None]:
    try:
        print(repr(n), m.hex(":", n))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
