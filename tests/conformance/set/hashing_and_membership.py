# frozenset hashes as CPython computes them; sets are unhashable but are looked up as frozensets.
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), 5})))
print(hash(frozenset(range(10))), hash(frozenset([1.5, -3])), hash(frozenset({frozenset({1}), 2})))
print(hash(frozenset([-1])), hash(frozenset([-2])), hash(frozenset([2**61 - 1])))
print(frozenset({frozenset({1}), frozenset()}))
for bad in ({1}, [1], {1: 2}):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
for bad in ({1}, [1], {1: 2}):
    try:
        {1, bad}
    except TypeError as e:
        print(e)
    try:
        {1}.add(bad)
    except TypeError as e:
        print(e)
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
print(len({1, 2, 3}), 2 in {1, 2}, 3 not in {1, 2}, (1, 2) in {(1, 2)}, 1.0 in {1}, True in {1})
try:
    [1] in {1}
except TypeError as e:
    print(e)
print({1} in [{1}], {1} in {frozenset({1})}, {frozenset({1}): 2}[frozenset({1})])
print({frozenset({1}): 2}.get(frozenset([1])), {(1, frozenset({2})): 3}[(1, frozenset([2]))])
print({frozenset({1})} == {frozenset([1])}, {d: 1 for d in [frozenset({1})]})
s = {frozenset({1}), frozenset({2, 3})}
s.remove({1})
print(s)
s.discard({3, 2})
print(s)
try:
    s.remove({7})
except KeyError as e:
    print(repr(e))
try:
    s.remove((1, 2))
except KeyError as e:
    print(repr(e), e.args)
print({1}.__contains__(1), {1}.__len__(), frozenset({2}).__hash__() == hash(frozenset({2})))
print(bool(set()), bool({0}), bool(frozenset()), bool(frozenset([None])))
