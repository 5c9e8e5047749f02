# Views derived from casts keep their own format after more casts (issue 22668).
import array
a = array.array("H", [256, 256, 256, 256])
x = memoryview(a)
m = x.cast("B")
b = m.cast("H")
c = b[0:2]
d = memoryview(b)
del b
print(c[0], d[0], c.format, d.format)
_ = m.cast("I")
print(c[0], d[0], c.format, d.format, _.format, _.tolist())
