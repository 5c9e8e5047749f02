# Bools are ints in every index position.
m = memoryview(bytes(range(6))).cast("B", [2, 3])
print(m[True, False], m[False, True], m[True, -1], m[(True, True)])
w = memoryview(bytearray(6)).cast("B", [2, 3])
w[True, True] = 7
print(w.tolist())
print(memoryview(b"ab")[True], memoryview(b"ab")[(False,)])
