# The methods that change a set, and pop's order (it resumes after the slot it last emptied).
s = {1, 2}
print(s.add(3), s, s.discard(5), s.discard(1), s, s.remove(2), s)
a = {1, 2, 3, 4, 5, 6, 7, 8, 9}
print([a.pop() for _ in range(3)], a)
a.add(1)
print(a.pop(), a.pop(), a)
b = a.copy()
b.add(100)
print(a, b, a.clear(), a, len(b))
h = {1}
print(h.update({4: 1}, [7, 8], {9, 10}), h)
x = {8, 16, 24, 32, 40, 48, 56, 64}
x.update(range(8))
print(x)
c = set(range(100))
c.difference_update(range(0, 100, 2), {3, 9, 15})
print(c)
d = set(range(40))
d.intersection_update(range(10, 30, 2), {10, 12, 14, 99})
print(d)
d.intersection_update()
print(d)
e = {1, 2, 3}
e.symmetric_difference_update([3, 4, 5, 1 << 40, -7])
print(e)
e.symmetric_difference_update({1: 'a', 4: 'b', 6: 'c'})
print(e)
e.symmetric_difference_update(e)
print(e)
f = {1, 2}
f.update(f)
f.difference_update(f)
print(f)
g = set()
for i in range(50):
    g.add(i * 7)
for i in range(0, 50, 2):
    g.remove(i * 7)
print(g)
while g:
    g.pop()
print(g)
