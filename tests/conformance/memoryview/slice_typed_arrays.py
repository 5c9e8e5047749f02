# Slices of typed array views keep the format and give the array's slice.
import array
for tc, vals in [("d", [0.5, 1.5, 2.5, 3.5, 4.5]), ("q", [-5, 10, -15, 20, -25]), ("H", [1, 2, 3, 4, 5])]:
    a = array.array(tc, vals)
    m = memoryview(a)
    for s in [slice(1, 4), slice(None, None, -2), slice(3, None), slice(4, 0, -3)]:
        v = m[s]
        print(tc, v.format, v.tolist(), v.tolist() == a[s].tolist(), v == a[s], v.nbytes)
