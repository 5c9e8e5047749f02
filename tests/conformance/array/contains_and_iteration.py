# in compares items with ==; for loops and iterator builtins see the items as Python values.
import array

a = array.array('i', [3, 1, 4, 1, 5])
print(1 in a, 2 in a, 4.0 in a, True in a, 'x' not in a, None in a)
for x in a:
    print(x, end=' ')
print()
print(list(a), tuple(a), sorted(a), min(a), max(a), sum(a))
print(list(enumerate(array.array('w', 'ab'))), list(zip(a, array.array('d', [0.5, 1.5]))))
print([x * 2 for x in a if x > 1])
print(any(a), all(array.array('b', [1, 0])), any(array.array('d')))
print(dict(zip(array.array('w', 'xy'), a)))
print(3 in array.array('d', [3.0]), 'a' in array.array('u', 'abc'), 'ab' in array.array('w', 'abc'))
