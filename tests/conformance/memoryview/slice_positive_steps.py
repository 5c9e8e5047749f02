# Positive steps select every n-th item and scale the stride.
import array
a = array.array("h", range(20))
m = memoryview(a)
for step in range(1, 8):
    s = m[::step]
    print(step, s.tolist(), s.strides, s.shape)
print(m[3:17:4].tolist(), m[1::6].tolist(), m[:5:2].tolist())
