# Assigning a view into an overlapping part of itself behaves like memmove.
b = bytearray(b"abcdef")
m = memoryview(b)
m[0:3] = m[2:5]
print(b)
m[:] = b"abcdef"
m[2:5] = m[0:3]
print(b)
m[:] = b"abcdef"
m[1:] = m[:-1]
print(b)
m[:] = b"abcdef"
m[:-1] = m[1:]
print(b)
m[:] = b"abcdef"
m[::-1] = m[:]
print(b)
