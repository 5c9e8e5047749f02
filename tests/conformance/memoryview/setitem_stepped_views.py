# Item writes through stepped and reversed views land at the strided positions.
b = bytearray(10)
m = memoryview(b)
s = m[1::3]
for i in range(len(s)):
    s[i] = 10 + i
print(b)
r = m[::-2]
for i in range(len(r)):
    r[i] = 50 + i
print(b)
r[-1] = 99
print(b, r.tolist(), s.tolist())
