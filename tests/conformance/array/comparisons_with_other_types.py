# An array equals no list or tuple; ordering against them is a TypeError.
import array

a = array.array('i', [1, 2])
print(a == [1, 2], a != [1, 2], a == (1, 2), a == 'ab', a == None, [1, 2] == a)
print(a.__eq__([1, 2]), a.__lt__(5))
for other in [[1, 2], (1,), 5]:
    try:
        a < other
    except TypeError as e:
        print(type(e).__name__)
    try:
        other >= a
    except TypeError as e:
        print(type(e).__name__)
