# A cast shape may have at most 64 dimensions.
m = memoryview(bytes(8))
v = m.cast("B", [1] * 63 + [8])
print(v.ndim, v.shape[-1], len(v.strides))
v = m.cast("d", [1] * 64)
print(v.ndim, v.tolist() == [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[0.0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])
for shape in [[1] * 65, [1] * 64 + [8], [1] * 128]:
    try:
        m.cast("B", shape)
    except ValueError as e:
        print(len(shape), "ValueError", e)
