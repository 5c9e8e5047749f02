# Lists and tuples compare lexicographically, element by element.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] == (1, 2))
print((1, 2, 3) < (1, 3), (2,) > (1, 99), () == ())
print((1, "a") < (1, "b"), ([1], 2) < ([1], 3))
print([[1, 2], [3]] < [[1, 2], [4]])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], (0,) >= ())
print([1.0, 2] == [1, 2.0], (True,) == (1,))
print(["b"] > ["a", "z"], ["ab"] < ["b"])
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,))
for a, b in [([1], (1,)), ([1, "a"], [1, 2]), ((None,), (None,))]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print((None,) == (None,))
