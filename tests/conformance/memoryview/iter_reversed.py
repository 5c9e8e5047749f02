# reversed() walks a view backwards, like m[::-1] (test_reversed).
import array
for obj in [b"abcdef", bytearray(b"abcdef"), array.array("h", [1, -2, 3])]:
    m = memoryview(obj)
    print(list(reversed(m)), list(reversed(m)) == list(m[::-1]), list(reversed(m.tolist())) == list(reversed(m)))
print(list(reversed(memoryview(b"abcdef")[::2])), list(reversed(memoryview(b""))))
nd = memoryview(b"abcd").cast("B", [2, 2])
try:
    list(reversed(nd))
except NotImplementedError as e:
    print("NotImplementedError", e)
