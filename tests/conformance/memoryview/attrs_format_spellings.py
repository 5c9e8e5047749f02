# cast keeps the format spelling it is given, including the '@' prefix.
b = bytearray(16)
m = memoryview(b)
for f in ["B", "@B", "b", "@b", "c", "@c", "h", "@H", "i", "@I", "l", "@L", "q", "@Q",
          "n", "@N", "f", "@d", "e", "?", "@?", "P", "@P"]:
    v = m.cast(f)
    print(repr(f), repr(v.format), v.itemsize, v.shape, v.strides)
