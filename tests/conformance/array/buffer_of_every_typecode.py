# The buffer an array exports: its typecode as format ('u' exports as 'w'), item size, shape.
import array

for code in array.typecodes:
    a = array.array(code, 'ab' if code in 'uw' else [1, 2])
    with memoryview(a) as m:
        print(code, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim, m.readonly, m.obj is a)
        print(code, m.tolist() == a.tolist(), m.tobytes() == a.tobytes())
