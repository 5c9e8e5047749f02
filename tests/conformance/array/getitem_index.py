# Reading items: negative indices, bools, out of range, wrong index types.
import array

a = array.array('h', [10, -20, 30, -40])
print(a[0], a[3], a[-1], a[-4], a[True], a[False])
for i in [4, -5, 100, -100]:
    try:
        a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for key in ['0', 1.0, None, (1,), 2**70, -2**70]:
    try:
        a[key]
    except (TypeError, IndexError) as e:
        print(repr(key), type(e).__name__, e)
try:
    array.array('i')[0]
except IndexError as e:
    print(type(e).__name__, e)
print(array.array('d', [2.5])[0], array.array('w', 'z')[0], array.array('Q', [2**64 - 1])[-1])
