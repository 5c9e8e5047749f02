# A cast view whose format matches is a valid rvalue, and casts are valid lvalues.
import array
a = array.array("H", [0, 0, 0])
b = bytearray(b"\x01\x00\x02\x00\x03\x00")
memoryview(a)[:] = memoryview(b).cast("H")
print(a)
raw = memoryview(a).cast("B")
raw[:2] = b"\xff\xff"
print(a)
c = memoryview(bytearray(4)).cast("c")
c[:] = memoryview(b"wxyz").cast("c")
print(c.tobytes())
try:
    c[:] = b"wxyz"
except ValueError as e:
    print("ValueError", e)
