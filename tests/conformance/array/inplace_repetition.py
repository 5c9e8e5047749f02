# a *= n repeats a in place.
import array

a = array.array('b', [1, 2])
alias = a
a *= 3
print(a, alias is a)
a *= 1
print(a)
a *= 0
print(alias, len(alias))
a = array.array('d', [0.5])
a *= -1
print(a)
b = array.array('w', 'ab')
b *= 2
print(b)
try:
    b *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b *= 2**100
except OverflowError as e:
    print(type(e).__name__, e)
e = array.array('i')
e *= 2**62
print(e)
print(b)
