# Arrays of different typecodes compare by their Python values.
import array

print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
print(array.array('b', [-1]) < array.array('B', [1]))
print(array.array('B', [200]) > array.array('b', [100]))
print(array.array('h', [1, 2]) == array.array('q', [1, 2, 3]))
print(array.array('f', [0.1]) == array.array('d', [0.1]))
print(array.array('f', [0.5]) == array.array('d', [0.5]))
print(array.array('u', 'ab') == array.array('w', 'ab'), array.array('u', 'ab') < array.array('w', 'b'))
print(array.array('w', 'a') == array.array('i', [97]), array.array('w', 'a') != array.array('i', [97]))
try:
    array.array('w', 'a') < array.array('i', [97])
except TypeError as e:
    print(type(e).__name__, e)
print(array.array('L', [2**64 - 1]) > array.array('d', [1e19]))
