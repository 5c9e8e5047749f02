# + and * on str, list, tuple, bytes; int * seq and seq * int.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2)
print([1] + [2, 3], [0] * 4, 2 * [1, 2], [1] * -1)
print((1,) + (2,), (1, 2) * 2, () * 5)
print(b"ab" + b"c", b"ab" * 2, 2 * b"-")
print("x" * True, [1] * False)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print(len("abc" * 1000))
pairs = [
    ("a", 1), ([1], "2"), ("a", [1]), ((1,), [1]), ([1], (1,)),
    ("a", 1.5), ([1], 2.0), (b"a", "a"), ("a", b"a"), ("s", None),
]
for a, b in pairs:
    try:
        print(repr(a + b))
    except TypeError as e:
        print("+ TypeError", e)
    try:
        print(repr(a * b))
    except TypeError as e:
        print("* TypeError", e)
