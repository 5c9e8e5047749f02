# zip pairs up to the shortest input; zero and one arguments work too.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(3), (True, False, None))))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
pairs = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pairs)
print(xs, ys)
for a, b in zip(range(10), "hi"):
    print(a, b)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError", e)
