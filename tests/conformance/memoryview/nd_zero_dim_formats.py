# 0-dim views of every format are read and written with m[()].
import struct
for fmt, value in [("b", -5), ("B", 250), ("c", b"q"), ("h", -300), ("H", 60000), ("i", -70000), ("I", 2 ** 32 - 1),
                   ("l", -2 ** 40), ("L", 2 ** 63), ("q", -1), ("Q", 2 ** 64 - 1), ("n", -2), ("N", 3), ("e", 0.5),
                   ("f", -2.5), ("d", 1e100), ("?", True), ("P", 4096)]:
    size = struct.calcsize(fmt)
    z = memoryview(bytearray(size)).cast(fmt, [])
    z[()] = value
    print(fmt, z[()], z.tolist(), z.nbytes, z.tobytes() == struct.pack(fmt, value))
