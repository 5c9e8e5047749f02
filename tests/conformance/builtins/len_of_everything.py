# len() of every sized Tier-1 type and the error for the rest.
for v in ["", "abc", "é😀", b"", b"ab", bytearray(3), [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2},
          range(10), range(0), range(10, 0, -3), range(5, 5), {}.keys(), {"x": 1}.items()]:
    print(repr(v), len(v))
for bad in [5, 1.5, None, True, len]:
    try:
        print(len(bad))
    except TypeError as e:
        print("TypeError", e)
