# Items of the formats c, ?, e, f, d and P.
import struct
m = memoryview(b"xyz").cast("c")
print(m[0], m[-1], type(m[0]).__name__)
m = memoryview(bytes([0, 1, 0])).cast("?")
print(m[0], m[1], m[2], type(m[0]).__name__)
m = memoryview(struct.pack("3e", 1.5, -0.25, 65504.0)).cast("e")
print(m[0], m[1], m[2], type(m[0]).__name__)
m = memoryview(struct.pack("3f", 1.1, -2.5, 3e38)).cast("f")
print(m[0], m[1], m[2])
m = memoryview(struct.pack("3d", 1.1, -2.5, 1e300)).cast("d")
print(m[0], m[1], m[2])
m = memoryview(struct.pack("2P", 0, 4096)).cast("P")
print(m[0], m[1], type(m[1]).__name__)
