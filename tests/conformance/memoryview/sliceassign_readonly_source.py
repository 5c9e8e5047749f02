# A read-only view is a valid source for assignment into a writable one.
b = bytearray(b"......")
m = memoryview(b)
m[1:4] = memoryview(b"abc")
m[4:] = memoryview(bytearray(b"XY")).toreadonly()
m[:1] = memoryview(b"abcdef")[::6]
print(b)
try:
    memoryview(b"abc")[0:1] = m[0:1]
except TypeError as e:
    print("TypeError", e)
