# ord and chr across ASCII, Latin-1, the BMP and astral planes.
for c in ["a", "Z", "0", " ", "\n", "\x7f", "é", "€", "☃", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), repr(chr(ord(c))), hex(ord(c)))
print("".join(chr(i) for i in range(65, 91)))
print([chr(i) for i in [0, 9, 10, 13, 32, 127, 128, 160, 255, 256]])
for bad in [-1, 0x110000, 2**70]:
    try:
        print(chr(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 65, b"ab"]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError", e)
print(ord(b"A"), ord(bytearray(b"z")))
