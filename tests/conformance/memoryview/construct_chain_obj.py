# Views of views of views all report the original exporter as obj.
import array
a = array.array("i", [5, 6, 7])
m1 = memoryview(a)
m2 = memoryview(m1)
m3 = memoryview(m2)
m4 = m3[1:]
m5 = m4.cast("B")
for v in [m1, m2, m3, m4, m5]:
    print(v.obj is a, v.format, v.shape)
m1.release()
m2.release()
print(m5.tolist()[:4], m3.tolist())
