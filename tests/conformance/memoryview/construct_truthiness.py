# bool(m) follows len(m): empty views are false, 0-dim views have no length.
print(bool(memoryview(b"")), bool(memoryview(b"a")), bool(memoryview(bytearray(3))))
print(bool(memoryview(b"abc")[1:1]), bool(memoryview(b"abc")[::-1]))
z = memoryview(b"a").cast("B", [])
try:
    print(bool(z))
except TypeError as e:
    print("TypeError", e)
nd = memoryview(b"abcdef").cast("B", [2, 3])
print(bool(nd), len(nd))
