# A read-only view still sees writes made through the writable view or the exporter.
b = bytearray(b"abc")
m = memoryview(b)
r = m.toreadonly()
m[0] = ord("X")
b[2] = ord("Z")
print(r.tobytes(), r[0], r[::-1].tolist())
try:
    r[1] = 0
except TypeError as e:
    print("TypeError", e)
try:
    r[:] = b"xyz"
except TypeError as e:
    print("TypeError", e)
print(b)
