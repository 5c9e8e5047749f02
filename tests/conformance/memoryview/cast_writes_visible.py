# A cast is a zero-copy view: writes through it reach the exporter and other views.
import array
a = array.array("I", [0, 0])
m = memoryview(a)
raw = m.cast("B")
raw[0] = 1
raw[7] = 1
print(a, m.tolist())
h = raw.cast("H", [2, 2])
h[1, 1] = 0xFFFF
print(a.tolist(), raw.tolist())
a[0] = 0x01020304
print(raw.tolist()[:4], h.tolist())
