# tolist() of 1-D views unpacks every item with the view's format.
import struct
for fmt, vals in [("b", [-1, 2]), ("B", [255, 0]), ("h", [-2, 3]), ("H", [65535, 1]), ("i", [-3, 4]),
                  ("I", [1, 2]), ("l", [-4, 5]), ("L", [5, 6]), ("q", [-6, 7]), ("Q", [7, 8]), ("n", [-8, 9]),
                  ("N", [9, 10]), ("e", [0.5, -2.0]), ("f", [0.25, 1e10]), ("d", [0.1, -0.0]), ("?", [True, False]),
                  ("P", [0, 8]), ("c", [b"x", b"\n"])]:
    m = memoryview(struct.pack("2" + fmt, *vals)).cast(fmt)
    print(fmt, m.tolist(), m.tolist() == list(struct.unpack("2" + fmt, m.tobytes())))
