# A one-item view is contiguous whatever its step.
b = bytes(range(10))
m = memoryview(b)
for s in [m[3:4], m[3:4:5], m[3::100], m[3:2:-1], m[-1::-20]]:
    print(s.shape, s.strides, s.c_contiguous, s.f_contiguous, s.contiguous, s.tolist())
