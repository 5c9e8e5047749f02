# extend: arrays of another typecode are refused; iterables are taken until a bad item.
import array

a = array.array('i', [1])
try:
    a.extend(array.array('l', [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend([2, 3, 'four', 5])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
try:
    a.extend(range(2**31 - 2, 2**31 + 2))
except OverflowError as e:
    print(type(e).__name__, e)
print(a)
try:
    a.extend('ab')
except TypeError as e:
    print(type(e).__name__, e)
print(a)
