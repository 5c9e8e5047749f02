# Casts between 1-D and 0-dim views in both directions.
import struct
size = struct.calcsize("I")
b = bytes([9] * size)
m = memoryview(b)
z = m.cast("I", shape=[])
print(z.format, z.itemsize, z.ndim, z.shape, z.strides, z.readonly, z.tolist(), z.obj is b)
z2 = m.cast("I", ())
print(z2.ndim, z2[()] == z[()])
back = z.cast("B")
print(back.ndim, back.shape, back.strides, back.tolist())
print(z.cast("c").tolist(), z.cast("b", [size]).tolist())
one = memoryview(b"\x05").cast("B", [])
print(one.ndim, one[()], one.cast("b").tolist())
for fmt in ["d", "h"]:
    try:
        m.cast(fmt, [])
    except TypeError as e:
        print(fmt, "TypeError", e)
