# Operations that keep a bytearray's size stay allowed while it is exported.
b = bytearray(b"abcdef")
m = memoryview(b)
b[0] = 65
b[1:3] = b"BC"
b[::2] = b"xyz"
b.reverse()
b += b""
b *= 1
b.extend(b"")
del b[2:2]
b[6:] = b""
print(b, m.tobytes(), m.tobytes() == bytes(b))
