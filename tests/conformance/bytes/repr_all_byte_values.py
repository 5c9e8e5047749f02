# repr(bytes) for all 256 byte values, 16 per line.
data = bytes(range(256))
for i in range(0, 256, 16):
    print(i, repr(data[i:i + 16]))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"))
print(repr(bytes([39, 34])), repr(b"\t\n\r"), repr(b"\x7f\x80"))
print(str(b"abc"), repr(b""))
