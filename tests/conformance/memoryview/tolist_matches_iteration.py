# list(m) equals tolist() for 1-D views; N-D views cannot be iterated.
import array
for obj in [b"abc", array.array("i", [-1, 0, 1]), array.array("d", [0.5, 1.5])]:
    m = memoryview(obj)
    print(list(m) == m.tolist(), list(m), [x for x in m[::-1]])
nd = memoryview(b"abcd").cast("B", [2, 2])
try:
    list(nd)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(nd.tolist())
