# hex(sep) inserts one ASCII character (str or bytes) between groups of bytes.
m = memoryview(bytes(range(97, 102)))
for sep in [":", "-", " ", "_", b":", b"|"]:
    print(repr(sep), m.hex(sep))
print(m.hex(sep=":"))
