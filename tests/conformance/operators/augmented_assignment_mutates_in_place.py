# += on a list extends it in place; on a tuple or str it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "x"
r = s
s += "y"
print(s, r)
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
print(ba, alias, ba is alias)
lst = [0]
lst += "xy"
print(lst)
lst *= 2
print(lst)
