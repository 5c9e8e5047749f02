# The Python types of the attribute values.
import array
m = memoryview(array.array("i", [1, 2]))
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    print(name, type(getattr(m, name)).__name__)
print(m.shape == (2,), m.strides == (4,), m.suboffsets == ())
print(hasattr(m, "shape"), hasattr(m, "nosuch"), getattr(m, "nosuch", "default"))
