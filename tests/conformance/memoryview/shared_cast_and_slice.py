# A write through a cast view is seen through a slice view of the same exporter.
import array
a = array.array("I", [0, 0, 0])
m = memoryview(a)
raw = m.cast("B")
tail = m[1:]
raw[4] = 7
raw[11] = 1
print(tail.tolist(), a)
wide = raw.cast("I", [3, 1])
wide[2, 0] = 5
print(tail.tolist(), m.tolist(), raw[8:].tolist())
