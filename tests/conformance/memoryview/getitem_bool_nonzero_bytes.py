# Format '?' reads any nonzero byte as True.
m = memoryview(bytes([0, 1, 2, 255, 128])).cast("?")
print([m[i] for i in range(5)], m.tolist(), list(m))
