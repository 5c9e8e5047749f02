# dict_keys and dict_items work as sets: operators with any iterable on either side, comparisons with sets.
d = {1: 'a', 2: 'b', 3: 'c'}
e = {3: 'x', 4: 'y'}
print(d.keys() | e.keys(), d.keys() & e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() | [9], [9] | d.keys(), {0} | d.keys(), d.keys() & {1, 2, 5}, {1, 2, 5} & d.keys(), (2, 7) & d.keys())
print(d.keys() - {1}, {1, 7} - d.keys(), range(5) - d.keys(), d.keys() ^ {1, 10}, {1, 10} ^ d.keys())
print(d.items() & {(1, 'a'), (2, 'z')}, d.items() | {(9, 9)} == {(1, 'a'), (2, 'b'), (3, 'c'), (9, 9)}, d.items() - {(1, 'a')} == {(2, 'b'), (3, 'c')})
print(d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() != {1}, d.keys() <= {1, 2, 3, 4}, {1} < d.keys(), d.keys() > {1}, d.keys() == e.keys())
print(d.keys() == [1, 2, 3], d.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, d.keys() >= e.keys(), {1: 0}.keys() <= d.keys())
for bad in (lambda: d.keys() | 5, lambda: d.values() | {1}, lambda: d.keys() < [1], lambda: d.keys() & 3):
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(type(d.keys() | set()).__name__, type(frozenset() | d.keys()).__name__, type(frozenset({1}) & d.keys()).__name__)
