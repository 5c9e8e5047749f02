# index(v[, start[, stop]]) finds the first equal item within the bounds.
import array

a = array.array('i', [5, 6, 7, 5, 6, 7])
print(a.index(5), a.index(7), a.index(6.0), a.index(True) if 1 in a else 'no 1')
print(a.index(5, 1), a.index(5, -3), a.index(7, 0, 3), a.index(6, -2, 100))
print(a.index(5, -100), a.index(7, 3, 2**80), a.index(5, -2**80))
for args in [(8,), (5, 4), (7, 0, 2), (5, 0, -6), (5, 2**80), (5, 1, -3)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    a.index(5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(5, 0, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(array.array('w', 'hello').index('l'))
