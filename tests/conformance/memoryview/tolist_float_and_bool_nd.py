# tolist() of N-D views of float and bool formats.
import struct
e = memoryview(struct.pack("4e", 0.5, -1.0, 2.0, 65504.0)).cast("e", [2, 2])
print(e.tolist(), e[1, 1])
f = memoryview(struct.pack("6f", 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)).cast("f", [3, 2])
print(f.tolist())
q = memoryview(bytes([0, 1, 1, 0, 0, 5])).cast("?", [3, 2])
print(q.tolist(), q[2, 1])
