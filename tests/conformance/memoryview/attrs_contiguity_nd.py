# C and Fortran contiguity of cast N-D views: shapes with 1s are both.
b = bytes(range(24))
m = memoryview(b)
for shape in [[24], [4, 6], [1, 24], [24, 1], [1, 1, 24], [2, 1, 12], [1, 2, 1, 12], [2, 3, 4]]:
    v = m.cast("B", shape)
    print(shape, v.strides, v.c_contiguous, v.f_contiguous, v.contiguous)
v = m.cast("h", [1, 12])
print(v.strides, v.c_contiguous, v.f_contiguous, v.contiguous)
v = m.cast("h", [12, 1])
print(v.strides, v.c_contiguous, v.f_contiguous, v.contiguous)
