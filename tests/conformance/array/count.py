# count(v) counts the items equal to v, with int/float equality.
import array

a = array.array('b', [1, 2, 1, 3, 1, 0])
print(a.count(1), a.count(4), a.count(1.0), a.count(True), a.count(False), a.count('1'))
d = array.array('d', [0.0, -0.0, 0.5, 0.5])
print(d.count(0), d.count(0.5), d.count(-0.0))
print(array.array('w', 'banana').count('a'), array.array('u', 'aa').count('aa'))
print(array.array('Q', [2**64 - 1] * 3).count(2**64 - 1))
print(array.array('i').count(0))
