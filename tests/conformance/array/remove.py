# remove(v) deletes the first item equal to v.
import array

a = array.array('i', [1, 2, 3, 2, 1])
a.remove(2)
print(a)
a.remove(1)
print(a)
a.remove(1.0)
print(a)
a.remove(True) if True in a else print('no True')
for v in [99, 'x', None]:
    try:
        a.remove(v)
    except ValueError as e:
        print(repr(v), type(e).__name__, e)
print(a)
d = array.array('d', [0.5, float('nan'), 2.0])
try:
    d.remove(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
d.remove(2)
print(d)
