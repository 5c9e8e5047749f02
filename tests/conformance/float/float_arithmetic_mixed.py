# int/float mixing promotes to float; results print in shortest repr.
print(1 + 1.0, 3 * 0.5, 7 - 0.25, 2 ** 0.5, 10 / 4)
print(0.1 * 3, 0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1.0, 1e16 + 2.0, 2**53 + 1.0)
print(1.5 // 0.5, 1.0 // 0.1, 1.0 % 0.1, 7.5 // 2, divmod(7.5, 2), divmod(-7.5, 2))
print(100 * 1.1, 0.1 ** 2, 1 / 3 * 3)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(type(2 * 1.0).__name__, type(True + 0.5).__name__)
x = 1.0
for i in range(10):
    x = x * 1.5
print(x)
print(-7.0 / 2, 7.0 / -2, -7 / -2.0)
print(2.0 ** 10, 2.0 ** -10, (-2.0) ** 3, (-2.0) ** -2)
print(1e-320 / 10, 1e-320 * 1e-10)
