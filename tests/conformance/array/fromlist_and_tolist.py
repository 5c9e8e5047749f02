# fromlist appends the items of a list; tolist makes a list of Python values.
import array

a = array.array('i', [1])
a.fromlist([2, 3])
a.fromlist([])
print(a, a.tolist(), type(a.tolist()).__name__)
d = array.array('d')
d.fromlist([1, 2.5, True])
print(d.tolist())
w = array.array('w')
w.fromlist(['a', '\U0001F600'])
print(w.tolist(), w)
l = a.tolist()
l.append(4)
print(a, l)
print(array.array('Q', [2**64 - 1]).tolist(), array.array('b').tolist())
print(a.fromlist([9]), a)
