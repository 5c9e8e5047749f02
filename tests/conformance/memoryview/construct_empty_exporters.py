# Views over empty exporters have length 0 and shape (0,).
import array
for obj in [b"", bytearray(), array.array("i"), array.array("d"), memoryview(b"")]:
    m = memoryview(obj)
    print(m.format, m.itemsize, m.shape, m.strides, len(m), m.nbytes, m.tolist(), m.tobytes())
    print("  ", bool(m), list(m), m.hex() == "", m.c_contiguous, m.f_contiguous)
