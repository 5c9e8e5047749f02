# A plain index loop over a view reads the live memory each time.
b = bytearray(range(100))
m = memoryview(b)
s = 0
for i in range(len(m)):
    s += m[i]
print(s)
for i in range(len(m)):
    m[i] = (m[i] * 3) % 256
t = 0
for i in range(len(m)):
    t += m[i]
print(t, b[:5], sum(b) == t)
import array
a = array.array("d", [0.5] * 50)
d = memoryview(a)
acc = 0.0
for i in range(len(d)):
    acc += d[i]
print(acc)
