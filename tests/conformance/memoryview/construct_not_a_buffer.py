# Objects without the buffer protocol are refused with a TypeError naming their type.
for x in [1, 1.5, "abc", [1, 2], (1, 2), {}, None, True, range(3), 2 ** 100, print]:
    try:
        memoryview(x)
        print("accepted", type(x).__name__)
    except TypeError as e:
        print(type(x).__name__, "->", e)
