# int(str, base) for bases 0 and 2..36, with prefixes, signs, spaces and underscores.
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t7\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 2), int("0b1010", 0))
print(int("z", 36), int("Z", 36), int("zz", 36), int("10", 36))
print(int("1_000"), int("0x_ff", 16), int("1_0", 0))
print(int("0", 0), int("000", 10), int("-0x10", 0))
print(int("12", 3), int("12", 5), int("12", 7))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffff", 16))
for b in range(2, 37, 7):
    print(b, int("11", b))
