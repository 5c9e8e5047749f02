# Several independent views each hold an export; all must be released.
import array
a = array.array("B", b"xy")
v1 = memoryview(a)
v2 = memoryview(a)
v1.release()
try:
    a.append(0)
except BufferError as e:
    print("BufferError", e)
v2.release()
a.append(0)
print(a)
