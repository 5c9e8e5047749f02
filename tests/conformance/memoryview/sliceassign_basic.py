# Slice assignment copies a same-length buffer into the view (test_setitem_writable).
b = bytearray(b"abcdef")
m = memoryview(b)
m[0] = ord(b"1")
print(b)
m[0:1] = b"0"
print(b)
m[1:3] = b"12"
print(b)
m[1:1] = b""
print(b)
m[:] = b"abcdef"
print(b)
m[3:] = bytearray(b"XYZ")
print(b)
m[-2:] = memoryview(b"!?")
print(b)
