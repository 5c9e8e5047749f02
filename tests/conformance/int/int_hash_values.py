# hash() of ints follows CPython's modular rule and is deterministic.
for v in [0, 1, -1, -2, 42, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -2**64, 10**30]:
    print(v, hash(v))
print(hash(True), hash(False))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0))
print(hash(2.5), hash(-1.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
