# struct.pack_into writes through writable views, relative to the view's start.
import struct
b = bytearray(16)
m = memoryview(b)
struct.pack_into("<hi", m, 0, -2, 0x01020304)
print(b)
struct.pack_into(">H", m[8:], 2, 0xABCD)
print(b)
struct.pack_into("<q", m.cast("q"), 8, -1)
print(b)
struct.pack_into("2s", m, -2, b"zz")
print(b)
try:
    struct.pack_into("<q", m[10:], 0, 1)
except struct.error as e:
    print("struct.error", e)
