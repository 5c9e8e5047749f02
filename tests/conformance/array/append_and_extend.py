# append adds one item; extend adds the items of an array of the same typecode or of any iterable.
import array

a = array.array('i')
for i in range(5):
    a.append(i * i)
print(a, len(a))
a.extend(array.array('i', [-1, -2]))
a.extend([100, 200])
a.extend((7,))
a.extend(range(3))
a.extend(x for x in [9, 8])
a.extend([])
print(a, len(a))
a.extend(a)
print(a, len(a))
b = array.array('w', 'ab')
b.extend('cd')
b.extend(array.array('w', 'ef'))
print(b)
big = array.array('d')
for i in range(1000):
    big.append(i / 4)
print(len(big), big[999], sum(big))
print(a.append(1), a.extend([2]))
