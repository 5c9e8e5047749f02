# Found by tests/fuzz: CPython words "cannot delete" two ways, depending on the type and the key.
cases = [None, 1, 1.5, (1, 2), 'ab', b'ab', range(3), len, True]
for target in cases:
    for key in [0, 'k', slice(0, 1), -1]:
        try:
            del target[key]
            print(type(target).__name__, repr(key), 'deleted')
        except (TypeError, IndexError) as e:
            print(type(target).__name__, repr(key), type(e).__name__, e)
