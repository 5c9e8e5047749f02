# For every pair of slices, view slice assignment behaves like array slice
# assignment when the lengths agree and is a ValueError when they differ.
import array
slices = [slice(None), slice(1, 3), slice(0, 3, 2), slice(None, None, -1), slice(3, 0, -2), slice(2, 2), slice(-2, None)]
same = 0
resize = 0
for ls in slices:
    for rs in slices:
        a = array.array("h", [1, -2, 3, -4])
        b = array.array("h", [1, -2, 3, -4])
        m = memoryview(b)
        if len(a[ls]) == len(a[rs]):
            a[ls] = a[rs]
            m[ls] = m[rs]
            same += m.tolist() == a.tolist()
        else:
            try:
                m[ls] = m[rs]
            except ValueError:
                resize += 1
print(same, resize, same + resize == len(slices) ** 2)
