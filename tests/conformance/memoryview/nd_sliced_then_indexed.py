# A first-dimension slice of a 2-D view is itself indexed with two ints.
m = memoryview(bytearray(range(20))).cast("B", [5, 4])
s = m[1::2]
print(s.shape, s.strides, s[0, 0], s[1, 3], s[-1, -1], s.tolist())
r = m[::-2]
print(r.shape, r.strides, r[0, 0], r[2, 1], r.tolist())
r[0, 0] = 99
print(m[4, 0], m.obj[16])
try:
    s[2, 0]
except IndexError as e:
    print("IndexError", e)
