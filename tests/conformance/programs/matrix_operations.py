# Matrices as lists of lists: multiply, transpose, identity, power.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
print(matmul(a, a), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
fib = mpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(mpow([[2, 0], [0, 3]], 64))
for row in matmul([[1.5, 0], [0, -2]], [[2, 1], [1, 2]]):
    print(" ".join(f"{v:6.2f}" for v in row))
