# Indexing with positive and negative ints returns ints for format 'B'.
for obj in [b"abcdef", bytearray(b"abcdef")]:
    m = memoryview(obj)
    print([m[i] for i in range(6)], [m[-i] for i in range(1, 7)])
    print(m[0] == ord("a"), m[5] == ord("f"), m[-1] == m[5], m[-6] == m[0], type(m[0]).__name__)
