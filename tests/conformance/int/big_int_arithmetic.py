# Arbitrary precision: results past 64 bits are exact.
a = 2**100
b = 3**70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 12345, -a % 12345)
print(a // b, b // a, b % a)
print(divmod(b, a), divmod(-b, a))
print(a * a * a)
print(-2**63, 2**63 - 1, 2**63, -2**63 - 1)
print(2**64 - 1, 2**64, 2**128)
print(abs(-2**100), -(-2**100))
print(10**30 // 10**15, 10**30 // -7)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
