# ** with ints, floats, negative and zero exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100)
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(2.0 ** 3, 2 ** 0.5, 4 ** 0.5, 9.0 ** -0.5)
print(10 ** 20, 10 ** 21)
print(2 ** 100)
print(3 ** 50)
print(7 ** 2 ** 2)
print(0.5 ** 2, 1.5 ** 3)
print(0 ** 5, 0.0 ** 5, 0 ** 0.0)
x = 3
x **= 4
print(x)
print((-1) ** 1000001, (-1.0) ** 2)
