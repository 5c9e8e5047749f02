# memoryview._from_flags(obj, flags) builds a view with explicit buffer flags.
import array
b = b"hello"
ba = bytearray(b"hello")
v = memoryview._from_flags(ba, 1)
v[0] = ord("j")
print(ba, v.readonly)
print(memoryview._from_flags(b, 0).readonly, memoryview._from_flags(b, 0).tobytes())
try:
    memoryview._from_flags(b, 1)
except BufferError as e:
    print("BufferError", e)
try:
    memoryview._from_flags(1, 0)
except TypeError as e:
    print("TypeError", e)
try:
    memoryview._from_flags(b)
except TypeError as e:
    print("TypeError", e)
print(memoryview._from_flags(array.array("h", [1]), 0).format)
v.release()
