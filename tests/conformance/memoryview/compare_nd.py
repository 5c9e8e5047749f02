# N-D views compare item by item across formats (test_memoryview_compare_multidim_c).
import array
v = memoryview(array.array("h", range(-15, 15))).cast("B").cast("h", [3, 2, 5])
w = memoryview(array.array("h", range(0, 30))).cast("B").cast("h", [3, 2, 5])
print(v == w, v != w, v == v, w == w)
x = memoryview(array.array("L", range(30))).cast("B").cast("L", [2, 3, 5])
y = memoryview(array.array("l", range(30))).cast("B").cast("l", [2, 3, 5])
z = memoryview(array.array("L", range(30))).cast("B").cast("L", [3, 2, 5])
print(x == y, x == z, y != z)
b = memoryview(bytes(range(30))).cast("b", [2, 3, 5])
print(b == x, b == memoryview(bytes(range(30))).cast("B", [2, 3, 5]))
