# Half floats ('e') cast from packed bytes match the same values as 'f' (test_half_float).
import struct
half_data = struct.pack("eee", 0.0, -1.5, 1.5)
float_data = struct.pack("fff", 0.0, -1.5, 1.5)
half_view = memoryview(half_data).cast("e")
float_view = memoryview(float_data).cast("f")
print(half_view.nbytes * 2 == float_view.nbytes, half_view.tolist(), float_view.tolist())
print(half_view.tolist() == float_view.tolist(), half_view == float_view)
h = memoryview(bytearray(4)).cast("e")
h[0] = 0.1
h[1] = -65504.0
print(h.tolist(), h.cast("B").tolist())
