# Building and rewriting a bytearray inside loops.
buf = bytearray()
for i in range(10):
    buf.append(i * 3 % 256)
print(buf, list(buf))
for i in range(len(buf)):
    buf[i] = (buf[i] + 100) % 256
print(buf)
while buf and buf[-1] > 120:
    buf.pop()
print(buf)
out = bytearray(b"")
for chunk in [b"ab", b"cd", b"ef"]:
    out += chunk
    out.insert(0, len(out))
print(out)
