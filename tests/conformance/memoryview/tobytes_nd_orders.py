# tobytes() of a 2-D view: 'C' is row-major, 'F' column-major, 'A' keeps the memory order.
m = memoryview(bytes(range(12))).cast("B", [3, 4])
print(list(m.tobytes()))
print(list(m.tobytes("C")))
print(list(m.tobytes("F")))
print(list(m.tobytes("A")))
print(list(m.tobytes(None)))
h = memoryview(bytes(range(12))).cast("h", [2, 3])
print(list(h.tobytes("F")), h.tolist())
