# A single slice on an N-D view slices the first dimension.
m = memoryview(bytes(range(12))).cast("B", [3, 4])
for s in [m[0:1], m[1:], m[::2], m[::-1], m[2:0:-1], m[5:], m[:]]:
    print(s.shape, s.strides, s.ndim, s.c_contiguous, s.tolist())
t = memoryview(bytes(range(24))).cast("B", [2, 3, 4])[::-1]
print(t.shape, t.strides, t.tolist()[0][0], t[0, 0, 0], t[1, 2, 3])
