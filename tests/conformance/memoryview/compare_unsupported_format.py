# Views whose format struct cannot unpack compare unequal, even to themselves.
import array
a = array.array("w", "ab")
w = memoryview(a)
print(w == w, w != w, w == memoryview(a), w == a, [w] == [w])
print(memoryview(b"ab") == w, w.cast("B") == w.cast("B"))
