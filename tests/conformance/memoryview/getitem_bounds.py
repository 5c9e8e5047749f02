# Out-of-range indexes raise IndexError; huge ones cannot even be converted.
import sys
m = memoryview(b"abcdef")
for i in [6, -7, 100, -100, sys.maxsize, -sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, 2 ** 64, -(2 ** 64), 2 ** 200]:
    try:
        print(i, m[i])
    except IndexError as e:
        print(i, "IndexError", e)
e = memoryview(b"")
for i in [0, -1]:
    try:
        e[i]
    except IndexError as ex:
        print("IndexError", ex)
