# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(0 < x < 10, 0 < x > 10, 1 < 2 < 3 < 4, 1 < 3 < 2)
print(0 <= x <= 5, 5 == x == 5.0, 1 != 2 != 1)
print(1 < 2 > 0 == 0 <= 0)

def v(n):
    print("eval", n)
    return n

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2) < v(0))
i, n = 3, 4
print(0 <= i < n, 0 <= n < n)
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 < 2 is True)
