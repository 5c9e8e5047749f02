# 0-dim views are written with m[()] or m[...]; an int index is refused.
import array
a = array.array("f", [12.5])
m = memoryview(a).cast("B").cast("f", [])
m[()] = 22.5
print(m[()], a[0])
m[...] = 23.5
print(m[()], a[0])
for k in [0, slice(None), (0,)]:
    try:
        m[k] = 24.7
    except TypeError as e:
        print(repr(k), "TypeError", e)
try:
    m[()] = "x"
except TypeError as e:
    print("TypeError", e)
r = memoryview(b"abcd").cast("i", [])
try:
    r[()] = 1
except TypeError as e:
    print("TypeError", e)
