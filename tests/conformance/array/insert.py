# insert(i, v) puts v before position i; positions are clamped like list.insert.
import array

a = array.array('b', [1, 2, 3])
a.insert(0, 0)
a.insert(2, 9)
a.insert(-1, -1)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
a.insert(True, 5)
print(a)
e = array.array('d')
e.insert(5, 1.5)
e.insert(-5, 0.5)
print(e)
for args in [(0, 200), (0, 'x'), ('0', 1), (1.0, 1)]:
    try:
        a.insert(*args)
    except (TypeError, OverflowError) as err:
        print(args, type(err).__name__, err)
try:
    a.insert(2**100, 1)
except OverflowError as err:
    print(type(err).__name__, err)
print(a)
