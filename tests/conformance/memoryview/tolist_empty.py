# tolist() of empty views is an empty list, and a fresh list each time.
m = memoryview(b"")
print(m.tolist(), m.cast("d").tolist(), memoryview(b"abc")[2:0].tolist())
a = memoryview(b"ab").tolist()
b = memoryview(b"ab").tolist()
a.append(1)
print(a, b, type(a).__name__)
