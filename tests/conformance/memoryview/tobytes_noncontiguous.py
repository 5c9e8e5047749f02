# tobytes() of stepped and reversed views copies the items in logical order.
import array
b = bytes(range(10))
m = memoryview(b)
for v in [m[::2], m[::-1], m[8:1:-3]]:
    print(list(v.tobytes()), v.tobytes("F") == v.tobytes(), v.tobytes("A") == v.tobytes())
a = array.array("i", [1, 2, 3, 4])
v = memoryview(a)[::-2]
print(v.tobytes() == array.array("i", [4, 2]).tobytes())
n = memoryview(bytes(range(12))).cast("B", [3, 4])[::-1]
print(list(n.tobytes()), list(n.tobytes("F")), list(n.tobytes("A")))
