# Wrong calls of array.array(): argument count, keywords, the typecode's type.
import array

try:
    array.array()
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', [1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', [1], 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array(typecode='i')
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', initializer=[1])
except TypeError as e:
    print(type(e).__name__, e)
for code in [1, None, b'i', 1.5, ['i']]:
    try:
        array.array(code)
    except TypeError as e:
        print(type(e).__name__, e)
# the initializer is looked at before the typecode
try:
    array.array('x', 'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('x', 3)
except TypeError as e:
    print(type(e).__name__, e)
