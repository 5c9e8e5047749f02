# A view of a sliced view keeps the slice's offset, shape and strides.
import array
a = array.array("h", range(10))
m = memoryview(a)
for s in [m[2:7], m[::3], m[::-2], m[7:2:-2], m[5:5]]:
    v = memoryview(s)
    print(v.shape, v.strides, v.tolist(), v.c_contiguous, v.obj is a)
