# Format 'b' reinterprets bytes >= 128 as negative numbers.
m = memoryview(bytes([0, 1, 127, 128, 129, 255])).cast("b")
print(m.tolist(), [m[i] for i in range(6)], m.cast("B").tolist())
w = memoryview(bytearray(2)).cast("b")
w[0] = -1
w[1] = -128
print(w.obj, w.cast("B").tolist())
