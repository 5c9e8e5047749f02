# + - * on small ints, and operator precedence.
print(2 + 3, 2 - 3, 2 * 3)
print(-2 + -3, -2 - -3, -2 * -3)
print(1 + 2 * 3, (1 + 2) * 3)
print(2 * 3 + 4 * 5 - 6)
print(10 - 2 - 3, 10 - (2 - 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(7 // 2 * 2 + 7 % 2)
print(0 * 12345, 1 * -1)
print(+5, -(-5), --5, -+-5)
x = 5
print(x * x - 2 * x + 1)
print(1 - 1 - 1 - 1)
