# Views support only == and !=; ordering comparisons raise TypeError.
import array
m = memoryview(b"abcdef")
for c in [m, b"abcdef", memoryview(b"a"), 1]:
    for f in [lambda: m < c, lambda: c <= m, lambda: m >= c, lambda: c > m]:
        try:
            f()
            print("ok")
        except TypeError as e:
            print("TypeError", e)
v = memoryview(array.array("L", [1, 2, 3]))
w = memoryview(array.array("L", [1, 2, 7]))
print(v.__lt__(w), v.__le__(w), v.__gt__(w), v.__ge__(w))
print(array.array("L", [1, 2, 3]).__lt__(v))
