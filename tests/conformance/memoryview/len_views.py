# len() counts items of the first dimension; 0-dim views have no length.
import array
a = array.array("i", range(10))
m = memoryview(a)
print(len(m), len(m[2:5]), len(m[::3]), len(m[::-4]), len(m[5:5]), len(m.cast("B")), len(m.cast("B").cast("h")))
print(len(m.cast("B", [5, 8])), len(m.cast("B", [40, 1])), len(m.cast("B").cast("i", [2, 5])))
try:
    len(m[:1].cast("B").cast("i", []))
except TypeError as e:
    print("TypeError", e)
print(m.__len__(), len(memoryview(b"")))
