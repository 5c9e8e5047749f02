# Values around the 32- and 64-bit boundaries behave like any other int.
edges = [2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
         2**64 - 1, 2**64]
for v in edges:
    print(v, v + 1, v - 1, v * -1, v // 2, v % 1000, v >> 1, v << 1)
print(-2**63 // -1, -2**63 * -1, abs(-2**63))
print(divmod(-2**63, -1), divmod(2**63, 2**32))
print((-2**63) ** 2)
print(hex(-2**63), hex(2**64 - 1))
print(int("9223372036854775807") + 1, int("-9223372036854775808") - 1)
