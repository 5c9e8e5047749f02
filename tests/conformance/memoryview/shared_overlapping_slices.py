# Overlapping slices alias the same bytes.
b = bytearray(range(10))
m = memoryview(b)
x = m[2:7]
y = m[5:]
x[3] = 100
print(y[0], b[5])
y[1] = 101
print(x[4], b[6])
z = m[::-1][2:6]
z[0] = 102
print(b[7], m[7], z.tolist())
