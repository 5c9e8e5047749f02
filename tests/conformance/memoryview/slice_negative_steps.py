# Negative steps walk backwards with negative strides.
m = memoryview(bytes(range(10)))
for step in range(-1, -6, -1):
    s = m[::step]
    print(step, s.tolist(), s.strides, s.shape)
print(m[8:2:-1].tolist(), m[8:2:-3].tolist(), m[-2::-2].tolist(), m[:-8:-1].tolist(), m[2:8:-1].tolist())
