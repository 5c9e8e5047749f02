# Views decode to text through bytes(), decode-capable constructors and codecs.
m = memoryview("héllo".encode("utf-8"))
print(bytes(m).decode("utf-8"), str(m, "utf-8"), str(memoryview(b"abc")[1:], "ascii"))
print(m.tobytes().decode(), len(m), len(bytes(m).decode()))
