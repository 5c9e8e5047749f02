# Writes to every position of a 3-D view land where tolist() and the exporter expect.
b = bytearray(24)
m = memoryview(b).cast("B", [2, 3, 4])
n = 0
for i in range(2):
    for j in range(3):
        for k in range(4):
            m[i, j, k] = n * 10 % 256
            n += 1
print(list(b))
print(m.tolist()[1][2], m[1, 2, 3], m[-1, -1, -1], m[0, -3, 1])
h = memoryview(bytearray(12)).cast("h", [3, 2])
h[2, 1] = -1
h[0, 0] = 32767
print(h.tolist(), list(h.obj))
