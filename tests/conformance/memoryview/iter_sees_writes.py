# An iterator reads the memory as it goes, so writes during iteration are seen.
b = bytearray(b"\x01\x02\x03\x04")
m = memoryview(b)
out = []
for i, x in enumerate(m):
    out.append(x)
    if i + 1 < len(m):
        m[i + 1] = x + 10
print(out, b)
