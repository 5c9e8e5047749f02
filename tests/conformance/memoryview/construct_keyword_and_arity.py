# memoryview takes exactly one argument, positionally or as object=.
b = b"ab"
print(memoryview(object=b).tolist())
cases = [
    lambda: memoryview(),
    lambda: memoryview(b, b),
    lambda: memoryview(argument=b),
    lambda: memoryview(b, argument=True),
    lambda: memoryview(b, object=b),
    lambda: memoryview(obj=b),
]
for f in cases:
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
