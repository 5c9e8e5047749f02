# Views decode to text through bytes(), decode-capable constructors and codecs.
m = memoryview(b"h\xc3\xa9llo")
print(bytes(m).decode("utf-8"), str(m, "utf-8"), str(memoryview(b"abc")[1:], "ascii"))
print(m.tobytes().decode(), len(m), len(bytes(m).decode()))
