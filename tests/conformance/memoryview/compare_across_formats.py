# Items are compared by value after unpacking, so different formats can be equal.
import array
def A(tc, vals):
    return memoryview(array.array(tc, vals))
print(A("B", [1, 2, 3]) == A("b", [1, 2, 3]), A("B", [1, 2, 3]) == A("i", [1, 2, 3]))
print(A("i", [1, -2]) == A("l", [1, -2]), A("h", [-1]) == A("H", [65535]), A("b", [-1]) == A("B", [255]))
print(A("f", [1.5, -0.25]) == A("d", [1.5, -0.25]), A("f", [0.1]) == A("d", [0.1]))
print(A("d", [1.0, 2.0]) == A("i", [1, 2]), A("d", [1.5]) == A("i", [1]))
print(A("Q", [2 ** 64 - 1]) == A("q", [-1]), A("Q", [5]) == A("q", [5]))
print(memoryview(b"\x01\x00").cast("?") == A("B", [1, 0]), memoryview(b"\x02").cast("?") == A("B", [2]))
