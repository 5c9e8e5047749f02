# del a[i] removes one item.
import array

a = array.array('B', range(6))
del a[0]
print(a)
del a[-1]
print(a)
del a[1]
print(a, len(a))
for i in [3, -4, 10]:
    try:
        del a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    del a['1']
except TypeError as e:
    print(type(e).__name__, e)
while a:
    del a[0]
print(a)
