# arrayiterator reads the current items; once exhausted it stays exhausted.
import array

a = array.array('i', [1, 2, 3])
it = iter(a)
print(type(it).__name__, iter(it) is it)
print(next(it))
a[1] = 20
print(next(it))
a.append(4)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
a.append(5)
print(next(it, 'still exhausted'))
b = array.array('d', [1.0, 2.0, 3.0])
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x * 10)
print(out)
c = array.array('h', [1, 2, 3, 4])
seen = []
for x in c:
    seen.append(x)
    if x == 2:
        del c[0]
print(seen, c)
print(next(iter(array.array('w', 'q'))))
