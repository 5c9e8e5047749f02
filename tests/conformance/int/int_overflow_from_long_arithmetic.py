# Results that overflow a 64-bit long silently become big ints.
big = 9223372036854775807
print(big + 1, big * 2, big ** 2)
small = -9223372036854775808
print(small - 1, small * -1, -small, abs(small))
print(small // -1, small % -1, divmod(small, -1))
print(big * big - big, (big + 1) - 1 == big)
print(type(big + 1).__name__, (big + 1) - 1)
print(3037000500 * 3037000500)
print(4294967296 * 4294967296)
x = 1
for i in range(70):
    x = x * 2
print(x)
for i in range(70):
    x = x // 2
print(x)
n = 1
for i in range(20):
    n = n * 10 + 9
print(n, n + 1)
print(-small - 1 == big, small + big)
print(2**62 + 2**62, 2**62 + 2**62 - 1)
print(-(2**62) - 2**62, -(2**62) - 2**62 - 1)
