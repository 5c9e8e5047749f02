# Found by tests/fuzz: an index key too big for a C size is refused (IndexError) before CPython finds
# that a str, tuple, bytes or range cannot be assigned to at all.
for target in ['ab', (1, 2), b'ab', range(2), None, 1]:
    for key in [2**63, -2**64, 0, 'k', True]:
        try:
            target[key] = 0
        except (TypeError, IndexError) as e:
            print(type(target).__name__, key, 'set', type(e).__name__, e)
        try:
            del target[key]
        except (TypeError, IndexError) as e:
            print(type(target).__name__, key, 'del', type(e).__name__, e)
