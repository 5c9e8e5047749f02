# Iteration unpacks items with the view's format (test_iter).
import array
for obj in [array.array("i", [-1, 0, 7]), array.array("d", [0.5, 1e100]), array.array("Q", [2 ** 64 - 1])]:
    m = memoryview(obj)
    print(list(m), list(m) == [m[i] for i in range(len(m))])
print(list(memoryview(b"ab").cast("c")), list(memoryview(b"\x00\x05").cast("?")), list(memoryview(b"\xff").cast("b")))
print(list(memoryview(bytes(range(10)))[::-3]))
