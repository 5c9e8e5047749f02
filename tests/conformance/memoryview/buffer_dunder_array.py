# array.__buffer__ with flags 0 asks for a simple byte buffer, so its format is 'B'.
import array
a = array.array("i", [1, 2])
s = a.__buffer__(0)
print(s.format, s.itemsize, s.shape, s.obj is a, s.readonly)
print(memoryview(a).format, memoryview(a).shape)
a.__release_buffer__(s)
try:
    s.tolist()
except ValueError as e:
    print("ValueError", e)
a.append(3)
print(a)
