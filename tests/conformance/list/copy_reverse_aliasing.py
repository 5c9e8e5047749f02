# copy() is shallow; reverse() works in place; aliases see changes.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = list(a)
b[0] = 100
b[1].append(99)
print(a, b, c, d)
print(a is b, a[1] is b[1], c[1] is d[1])
a.reverse()
print(a)
alias = a
alias.append("x")
print(a)
e = []
e.reverse()
print(e, [1].copy())
