# Attributes are read-only and views have no instance dictionary.
m = memoryview(bytearray(4))
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    try:
        setattr(m, name, 1)
        print(name, "set")
    except AttributeError as e:
        print("AttributeError", e)
for name in ["foo", "release_me"]:
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    print(m.nosuch)
except AttributeError as e:
    print("AttributeError", e)
try:
    del m.format
except AttributeError as e:
    print("AttributeError", e)
