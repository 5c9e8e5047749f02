# tolist() of a 0-dim view returns the single item, not a list.
import array
print(memoryview(array.array("d", [2.5])).cast("B").cast("d", []).tolist())
print(memoryview(b"\x07").cast("B", []).tolist())
print(memoryview(b"\x07").cast("c", []).tolist())
print(memoryview(b"\xff").cast("b", []).tolist())
print(memoryview(b"\x01").cast("?", []).tolist())
print(type(memoryview(b"\x07\x00").cast("h", []).tolist()).__name__)
