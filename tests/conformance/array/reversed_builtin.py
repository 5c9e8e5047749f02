# reversed() walks an array backwards through the sequence protocol (__len__ and __getitem__).
import array

a = array.array('i', [1, 2, 3])
r = reversed(a)
print(type(r).__name__, list(r), list(r))
print(list(reversed(array.array('w', 'abc'))), list(reversed(array.array('d'))))
r = reversed(a)
print(next(r))
a[1] = 20
print(next(r), next(r), next(r, 'done'))
