# Initializers that are lists and tuples: each item is converted by the typecode's rules.
import array

print(array.array('b', [-128, 0, 127]))
print(array.array('B', (0, 1, 255)))
print(array.array('h', [-32768, 32767]))
print(array.array('H', (65535,)))
print(array.array('i', [1, 2, 3]))
print(array.array('I', [4294967295]))
print(array.array('l', [-9223372036854775808, 9223372036854775807]))
print(array.array('L', [18446744073709551615]))
print(array.array('q', (-1, 0, 1)))
print(array.array('Q', [0, 18446744073709551615]))
print(array.array('f', [1.5, -2.25, 3]))
print(array.array('d', (0.1, 1e300, -0.0)))
print(array.array('u', ['a', 'b']))
print(array.array('w', ('x', 'y', 'z')))
print(array.array('i', [True, False]))
print(array.array('d', [True, 7]))
print(array.array('i', []), array.array('d', ()))
# one bad item fails the whole construction
try:
    array.array('i', [1, 2, 'three'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('B', (1, 2, 300))
except OverflowError as e:
    print(type(e).__name__, e)
