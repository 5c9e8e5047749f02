# Slicing a slice composes offsets and steps like list slicing does.
import array
a = array.array("i", range(30))
m = memoryview(a)
l = list(range(30))
pairs = [((2, 25, 1), (3, None, 2)), ((None, None, -1), (2, 10, 3)), ((1, None, 3), (None, None, -1)),
         ((28, 2, -2), (1, -1, 2)), ((5, 25, 2), (-3, 1, -3)), ((None, None, 4), (10, 0, -1))]
for (a1, b1, c1), (a2, b2, c2) in pairs:
    v = m[a1:b1:c1][a2:b2:c2]
    print(v.tolist(), v.tolist() == l[a1:b1:c1][a2:b2:c2], v.strides, v.obj is a)
v = m[::2][::3][::-1][1:]
print(v.tolist(), v.strides, v.shape)
