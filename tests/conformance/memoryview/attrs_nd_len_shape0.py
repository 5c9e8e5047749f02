# len() of an N-D view is shape[0]; nbytes is the product of the shape times itemsize.
b = bytes(range(60))
m = memoryview(b)
for shape in [[60], [2, 30], [30, 2], [3, 4, 5], [5, 4, 3], [1, 60], [2, 2, 3, 5]]:
    v = m.cast("B", shape)
    print(shape, len(v), v.nbytes, v.ndim, v.strides)
