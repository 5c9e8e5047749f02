# map, filter and zip(strict=True) are lazy iterators over any iterables.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a", None, [1]])), list(filter(lambda v: v % 2, range(10))))
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m), iter(m) is m)
for bad in [lambda: map(abs), lambda: map(abs, 5), lambda: filter(None, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
for args in [("ab", "c"), ("a", "bc"), ("ab", "ab", "a"), ("ab", "ab", "abc")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print(calls, next(lazy), calls)
