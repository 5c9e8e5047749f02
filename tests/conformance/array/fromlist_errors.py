# fromlist takes lists only, and a bad item leaves the array as it was.
import array

a = array.array('b', [1, 2])
for value in [(3, 4), range(2), 'ab', None, array.array('b', [3])]:
    try:
        a.fromlist(value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a.fromlist([3, 4, 500, 6])
except OverflowError as e:
    print(type(e).__name__, e)
print(a)
try:
    a.fromlist([3, 'x'])
except TypeError as e:
    print(type(e).__name__, e)
print(a, len(a))
a.fromlist([3, 4])
print(a)
