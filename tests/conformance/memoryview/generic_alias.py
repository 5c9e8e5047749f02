# 3.14: memoryview is generic since 3.14 (memoryview[int] builds a types.GenericAlias)
a = memoryview[int]
print(a, type(a).__name__, a.__origin__ is memoryview, a.__args__ == (int,))
print(memoryview[int, str], memoryview[bytes].__args__ == (bytes,))
m = a(b"ab")
print(type(m).__name__, m.tolist(), isinstance(m, memoryview))
print(hasattr(memoryview, "__class_getitem__"), hasattr(memoryview, "count"), hasattr(memoryview, "index"))
