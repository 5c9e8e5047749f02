# Arrays compare item by item, then by length (array_richcompare).
import array

x = array.array('i', [1, 2, 3])
for y in [[1, 2, 3], [1, 2], [1, 2, 4], [1, 2, 3, 0], [0, 9, 9], []]:
    y = array.array('i', y)
    print(y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(array.array('b', [-1]) < array.array('b', [1]), array.array('B', [255]) > array.array('B', [1]))
print(array.array('Q', [2**64 - 1]) > array.array('Q', [0]), array.array('q', [-1]) < array.array('q', [0]))
print(array.array('w', 'abc') < array.array('w', 'abd'), array.array('w', 'b') > array.array('w', 'abc'))
print(array.array('w', '\U0001F600') > array.array('w', '\uffff'))
print(array.array('d', [1.5, 2.0]) < array.array('d', [1.5, 2.5]), array.array('f') == array.array('f'))
print(array.array('i') < array.array('i', [0]), array.array('i') <= array.array('i'))
