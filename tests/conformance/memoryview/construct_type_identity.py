# The memoryview type: its name, instance checks, and that views are fresh objects.
m = memoryview(b"x")
print(type(m).__name__, type(m) is memoryview, memoryview.__name__)
print(isinstance(m, memoryview), isinstance(b"x", memoryview), isinstance(m, bytes))
print(issubclass(memoryview, object), callable(memoryview))
n = memoryview(b"x")
print(m is n, m == n)
print(type(m[0:1]).__name__, type(m.cast("c")).__name__, type(m.toreadonly()).__name__)
