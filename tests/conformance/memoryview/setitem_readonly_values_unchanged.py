# Refused writes leave the memory untouched.
b = b"abc"
m = memoryview(b)
for v in [b"a", 65, memoryview(b"a")]:
    try:
        m[0] = v
    except TypeError as e:
        print("TypeError", e)
print(b, m.tobytes())
ba = bytearray(b"abc")
r = memoryview(ba).toreadonly()
try:
    r[1:] = b"XY"
except TypeError as e:
    print("TypeError", e)
print(ba)
