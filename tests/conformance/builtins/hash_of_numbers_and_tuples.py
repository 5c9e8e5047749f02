# hash() of numbers (modulo 2**61 - 1, equal for equal ints and floats), tuples, None, ranges, and unhashable types.
for v in [0, -1, 2**61 - 1, 2**61, -2**61, 2**100, 0.5, -0.5, 1e-300, 1e300, 2.0**80, -2.0**63, float("inf"), float("-inf")]:
    print(repr(v), hash(v))
print(hash(3) == hash(3.0), hash(2**80) == hash(2.0**80), hash(True) == hash(1), hash(-0.0) == hash(0))
print(hash(None), hash(()), hash((1, 2)), hash((1, (2, 3.5), None)), hash(((),)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(3)), hash(range(1, 2)) == hash(range(1, 5, 7)), hash(slice(1, 2)))
print(hash("abc") == hash("abc"), hash(b"") == hash(""), hash(float("nan")) == hash(float("nan")))
for v in [[], {}, bytearray(b"x"), (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
