# Empty slices in every direction give zero-length views.
m = memoryview(b"abcdef")
for s in [m[3:3], m[4:2], m[10:20], m[-1:-3], m[2:4:-1], m[0:0:-1], m[-100:-50], m[6:]]:
    print(len(s), s.shape, s.tolist(), s.tobytes(), list(s))
