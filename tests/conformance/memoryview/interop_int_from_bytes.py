# int.from_bytes accepts views, including stepped ones, and reads their logical bytes.
import array
m = memoryview(b"\x01\x02\x03\x04")
print(int.from_bytes(m, "big"), int.from_bytes(m, "little"), int.from_bytes(m[1:3], "big"))
print(int.from_bytes(m[::-1], "big"), int.from_bytes(m[::2], "big"), int.from_bytes(memoryview(b"\xff\xff"), "big", signed=True))
a = array.array("H", [1, 2])
print(int.from_bytes(memoryview(a).cast("B"), "little"), int.from_bytes(memoryview(b""), "big"))
print(int.from_bytes(memoryview(b"\x00\x01").cast("B", [1, 2]), "big"))
