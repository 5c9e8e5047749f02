# Every attribute of a released view raises ValueError (test_memoryview_check_released).
import array
m = memoryview(array.array("d", [1.1, 2.2, 3.3]))
m.release()
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets",
             "c_contiguous", "f_contiguous", "contiguous"]:
    try:
        getattr(m, name)
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
# hasattr() only swallows AttributeError, so the ValueError escapes it.
try:
    hasattr(m, "format")
except ValueError as e:
    print("hasattr ValueError", e)
print(hasattr(m, "release"), hasattr(m, "nosuch"))
