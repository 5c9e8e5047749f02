# bytes_per_sep groups from the right when positive and from the left when negative
# (test_memoryview_hex_separator).
x = bytes(range(97, 102))
m2 = memoryview(x)[::-1]
print(m2.hex(":"), m2.hex(":", 2), m2.hex(":", -2))
print(m2.hex(sep=":", bytes_per_sep=2), m2.hex(sep=":", bytes_per_sep=-2))
for n in [1, -1, 3, -3, 4, 5, -5, 2 ** 31 - 1, -(2 ** 31 - 1), 0]:
    print(n, m2.hex(":", n))
for n in [2 ** 31, -2 ** 31, 2 ** 1000, -2 ** 1000]:
    try:
        print(n, m2.hex(":", n))
    except OverflowError as e:
        print("OverflowError", e)
print(memoryview(bytes(range(8))).hex("-", 3), memoryview(bytes(range(8))).hex("-", -3))
