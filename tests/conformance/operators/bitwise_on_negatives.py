# Bitwise ops treat negatives as infinite two's complement.
for a in [-1, -2, -8, -255, 5, 12]:
    for b in [3, -3, 255, -256]:
        print(a, b, a & b, a | b, a ^ b)
print(-1 & 0xffffffff, -1 & 0xffffffffffffffff)
print(-2**64 & 0xffff, -2**64 | 1, ~-2**64)
print((-2**100) ^ (-1))
print(~0, ~-1, ~255)
