# N-D views cast back to 1-D, with or without an explicit shape.
import array
a = array.array("i", range(12))
nd = memoryview(a).cast("B").cast("i", [3, 4])
for v in [nd.cast("B"), nd.cast("b"), nd.cast("c")]:
    print(v.format, v.ndim, v.shape, v.strides, v.nbytes, v.obj is a)
b = nd.cast("B").cast("i")
print(b.shape, b.tolist() == a.tolist())
t = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
print(t.cast("B").tolist() == list(range(24)), t.cast("h").shape, t.cast("d", [3]).tolist() == memoryview(bytes(range(24))).cast("d").tolist())
print(t.cast("i", [6]).shape, t.cast("B", [24]).shape)
