# hex() with separators and bytes.fromhex with whitespace.
b = bytes([0, 1, 127, 128, 254, 255])
print(b.hex(), b.hex(":"), b.hex(" ", 2), b.hex("-", -2), b.hex("_", 4), b"".hex())
print(b"\xde\xad\xbe\xef".hex(), b"abc".hex(","), bytes(range(7)).hex(":", 3), bytes(range(7)).hex(":", -3))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD  BE EF"), bytes.fromhex(""), bytes.fromhex(" 0a\n0b\t"))
print(bytes.fromhex("00ff") == b"\x00\xff", bytearray.fromhex("4142"))
for bad in ["abc", "zz", "0g", "1 23", "0x12", "é0"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    print(b.hex("::"))
except ValueError as e:
    print("ValueError", e)
