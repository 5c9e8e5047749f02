# reverse() reverses the items in place.
import array

for init in [[], [1], [1, 2], [1, 2, 3], list(range(10))]:
    a = array.array('l', init)
    b = a
    print(a.reverse(), a, b is a)
d = array.array('d', [1.5, -2.5, 3.25])
d.reverse()
print(d)
w = array.array('w', 'stressed')
w.reverse()
print(w.tounicode())
