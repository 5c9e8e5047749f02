# pop() takes the last item, pop(i) any item; empty arrays and bad positions raise IndexError.
import array

a = array.array('H', range(6))
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(True), a)
for i in [5, -5, 2**40]:
    try:
        a.pop(i)
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a.pop(2**100)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.pop('1')
except TypeError as e:
    print(type(e).__name__, e)
print(a.pop(), a)
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    array.array('d').pop(0)
except IndexError as e:
    print(type(e).__name__, e)
w = array.array('w', 'xyz')
print(w.pop(), w.pop(0), w)
