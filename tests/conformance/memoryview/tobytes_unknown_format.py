# tobytes(), hex() and nbytes depend only on the item size, so they work for
# formats memoryview cannot unpack.
import array
a = array.array("w", "hi")
m = memoryview(a)
print(m.tobytes() == a.tobytes(), m.hex() == a.tobytes().hex(), m.nbytes, bytes(m) == a.tobytes())
print(m[::-1].tobytes() == array.array("w", "ih").tobytes())
