# Slices with positive bounds and step 1, clipped to the view like list slices.
m = memoryview(b"abcdefgh")
for s in [m[1:4], m[:3], m[3:], m[:], m[0:8], m[-100:100], m[2:100], m[7:8], m[8:]]:
    print(s.tolist(), s.tobytes(), len(s), s.shape, s.strides)
