# __enter__ returns the view, __exit__ releases it and returns None.
b = bytearray(b"ab")
m = memoryview(b)
print(m.__enter__() is m)
print(m.__exit__(None, None, None))
print(repr(m)[:9])
b.extend(b"cd")
print(b)
m = memoryview(b)
print(m.__exit__(ValueError, ValueError("x"), None), repr(m)[:9])
try:
    memoryview(b).__exit__(1, 2)
    print("two args ok")
except TypeError as e:
    print("TypeError", e)
