# An array of doubles reshaped through bytes into a matrix.
import array
a = array.array("d", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
m = memoryview(a).cast("B").cast("d", [2, 3])
print(m.tolist(), m[1, 0], m.strides, m.nbytes)
m[0, 2] = -3.5
print(a)
t = memoryview(a).cast("B").cast("d", [3, 2])
print(t.tolist(), t == m, t.cast("B").cast("d") == memoryview(a))
