# struct.iter_unpack walks a view in item-sized steps.
import struct
m = memoryview(struct.pack("<4h", 1, -2, 3, -4))
print(list(struct.iter_unpack("<h", m)), list(struct.iter_unpack("<2h", m)), list(struct.iter_unpack("<h", m[4:])))
try:
    struct.iter_unpack("<i", m[2:])
except struct.error as e:
    print("struct.error", e)
