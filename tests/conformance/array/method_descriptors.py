# Methods called through the class need an array as their first argument.
import array

a = array.array('i', [1])
array.array.append(a, 2)
array.array.extend(a, [3])
print(array.array.tolist(a), array.array.__len__(a), array.array.__getitem__(a, -1))
print(array.array.typecode, array.array.itemsize) if False else print('getters')
for name, args in [('append', (5, 1)), ('tolist', ([1],)), ('__len__', ('abc',))]:
    try:
        getattr(array.array, name)(*args)
    except TypeError as e:
        print(name, type(e).__name__, e)
print(getattr(a, 'typecode'), hasattr(a, 'itemsize'), hasattr(a, 'nope'))
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__)
