# sum() with and without a start value, over ints, floats and lists.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([], 5.5))
print(sum([2**64, 2**64]), sum([1e308, 1e308]), sum([0.1, 0.2, 0.3]), sum(x / 10 for x in range(5)))
print(sum([1, 2], start=100), sum(iter([4, 5])))
for args in [(["a", "b"], ""), (["a"],), ([b"a"], b""), ([1, "a"],), (5,), ([[1]],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
