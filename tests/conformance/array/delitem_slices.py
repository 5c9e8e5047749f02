# del with slices and steps (test_extended_set_del_slice's deletions).
import array

base = list(range(12))
for start in [None, 0, 2, -3, 11, 50]:
    for stop in [None, 0, 5, -1, 50]:
        for step in [None, 1, 2, 3, -1, -2, -4]:
            a = array.array('d', base)
            expected = list(base)
            del a[start:stop:step]
            del expected[start:stop:step]
            if a.tolist() != expected:
                print('mismatch', start, stop, step, a.tolist(), expected)
print('checked')
a = array.array('b', range(10))
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
try:
    del a[::0]
except ValueError as e:
    print(type(e).__name__, e)
