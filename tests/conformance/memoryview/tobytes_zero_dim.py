# tobytes() of a 0-dim view is its one item's bytes, in every order.
import array
a = array.array("i", [258])
z = memoryview(a).cast("B").cast("i", [])
print(z.tobytes() == a.tobytes(), z.tobytes("F") == a.tobytes(), z.tobytes("A") == z.tobytes("C"))
print(memoryview(b"q").cast("c", []).tobytes())
