# Slice assignment with steps, positive and negative, writes strided positions.
b = bytearray(10)
m = memoryview(b)
m[::2] = b"abcde"
print(b)
m[1::2] = b"vwxyz"
print(b)
m[::-3] = b"1234"
print(b)
m[8:1:-2] = b"PQRS"
print(b)
m[::-1] = bytes(range(10))
print(list(b))
