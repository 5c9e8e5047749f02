# Slices with steps, including negative steps (test_extended_getslice).
import array

a = array.array('q', range(8))
indices = [None, 0, 1, 3, 7, 100, -1, -3, -100]
steps = [None, 1, 2, 3, -1, -2, -5]
count = 0
for start in indices:
    for stop in indices:
        for step in steps:
            got = a[start:stop:step].tolist()
            want = a.tolist()[start:stop:step]
            if got != want:
                print('mismatch', start, stop, step, got, want)
            count += 1
print(count, 'slices checked')
print(a[::-1], a[::3], a[-2::-2], a[1:7:4])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
