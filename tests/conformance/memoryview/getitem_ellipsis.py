# m[...] returns the view itself for 0-dim views and is an invalid key otherwise.
b = bytearray(range(12))
z = memoryview(b)[:4].cast("i", [])
e = z[...]
print(e is z, e.ndim, e[()] == z[()])
for m in [memoryview(b), memoryview(b).cast("B", [3, 4]), memoryview(b)[::3], memoryview(b"")]:
    try:
        m[...]
        print("accepted")
    except TypeError as ex:
        print(m.ndim, "TypeError", ex)
