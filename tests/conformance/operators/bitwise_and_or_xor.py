# & | ^ on non-negative ints and bools.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
print(2**100 | 1, 2**100 & (2**100 + 5), (2**100 + 3) ^ 2**100)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
x = 0
for bit in [1, 4, 16]:
    x |= bit
print(x)
x &= 0b110
print(x)
x ^= 0b111
print(x)
