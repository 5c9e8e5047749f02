# a += b extends a in place, so other names of a see the change.
import array

a = array.array('i', [1])
alias = a
a += array.array('i', [2, 3])
print(a, alias, a is alias)
a += a
print(alias)
a += array.array('i')
print(a)
for other in [[4], (4,), range(2), 4]:
    try:
        a += other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a += array.array('q', [4])
except TypeError as e:
    print(type(e).__name__, e)
print(a, alias is a)
w = array.array('w', 'ab')
w += array.array('w', 'c')
print(w)
items = [array.array('b', [1])]
items[0] += array.array('b', [2])
print(items)
