# clear() empties the array; __copy__ and __deepcopy__ make independent copies.
import array

a = array.array('i', [1, 2, 3])
b = a
a.clear()
print(a, b, len(b), a.clear())
a.append(5)
print(a)
c = array.array('d', [1.5, 2.5])
d = c.__copy__()
e = c.__deepcopy__({})
d[0] = 0.0
e.append(9.0)
print(c, d, e, d is c, e is c)
print(array.array('w', 'x').__copy__())
