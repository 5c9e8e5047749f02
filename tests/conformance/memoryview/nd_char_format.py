# N-D views of format 'c' index to one-byte bytes objects.
m = memoryview(bytearray(b"abcdef")).cast("c", [2, 3])
print(m[0, 0], m[1, 2], m[-1, 0], m.tolist())
m[0, 1] = b"B"
print(m.obj, m.tobytes())
try:
    m[0, 0] = 65
except TypeError as e:
    print("TypeError", e)
