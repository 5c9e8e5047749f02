# The methods and attributes a view offers in both CPython 3.13 and 3.14.
m = memoryview(b"x")
names = ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets",
         "c_contiguous", "f_contiguous", "contiguous", "release", "tobytes", "hex", "tolist", "cast", "toreadonly",
         "_from_flags", "__enter__", "__exit__", "__buffer__", "__release_buffer__", "__getitem__", "__setitem__",
         "__delitem__", "__len__", "__iter__", "__eq__", "__ne__", "__hash__", "__repr__", "append", "extend", "decode"]
print([n for n in names if not hasattr(m, n)])
print([n for n in names if hasattr(memoryview, n) != hasattr(m, n)])
print(callable(m.cast), callable(m.release), m.__getitem__(0), m.__len__())
