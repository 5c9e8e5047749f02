# Indexes of stepped views walk the strides, including negative ones.
import array
a = array.array("i", range(0, 100, 10))
m = memoryview(a)
for v in [m[::2], m[1::3], m[::-1], m[8:1:-3], m[::-4]]:
    print(v.tolist(), [v[i] for i in range(len(v))], [v[-i] for i in range(1, len(v) + 1)])
