# Empty views cast freely between byte and non-byte formats and back.
m = memoryview(bytearray())
v = m.cast("d")
print(v.format, v.shape, v.cast("B").shape, v.cast("c").tolist(), v.cast("B").cast("i").nbytes)
e = memoryview(b"abc")[1:1]
print(e.cast("q").shape, e.cast("q").readonly, e.cast("q").cast("b").tolist())
try:
    v.cast("i")
except TypeError as ex:
    print("TypeError", ex)
