# +, *, ==, < on lists.
a = [1, 2]
print(a + [3], a * 2, 2 * a, a * 0, [] * 3, a + [])
print(a == [1, 2], a != [1, 2.0], a < [1, 3], a < [1, 2, 0], [2] > [1, 100])
print([[0]] * 3, [None] * 2)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
try:
    print(a + (3,))
except TypeError as e:
    print("TypeError", e)
try:
    print(a * 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    print(a < "ab")
except TypeError as e:
    print("TypeError", e)
