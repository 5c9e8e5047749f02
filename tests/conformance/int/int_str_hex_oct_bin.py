# str, repr, hex, oct, bin and bool of ints of every sign and size.
for v in [0, 1, 255, 256, -1, -256, 2**64, -2**64]:
    print(v, hex(v), oct(v), bin(v), str(v), repr(v), bool(v))
print(int("0b101", 2) + int("0o7", 8) + int("0xA", 16))
print(str(-0), repr(-0), 0 == -0)
