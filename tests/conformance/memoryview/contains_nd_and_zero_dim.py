# `in` needs iteration, which N-D and 0-dim views refuse.
import array
z = memoryview(array.array("f", [9.0])).cast("B").cast("f", [])
nd = memoryview(b"abcd").cast("B", [2, 2])
try:
    print(9.0 in z)
except TypeError as e:
    # Only the type: CPython 3.14 words the "not iterable" message differently.
    print("TypeError")
try:
    print(97 in nd)
except NotImplementedError as e:
    print("NotImplementedError", e)
