# 0-dim views compare their single items (test_memoryview_compare_ndim_zero).
import array
v = memoryview(array.array("L", [1729])).cast("B").cast("L", [])
a = array.array("L", [1729])
w = memoryview(a).cast("B").cast("L", [])
print(v == w, w == v, v.__ne__(w), w.__ne__(v))
w[()] = 1728
print(v == w, v != w, v.__eq__(w))
h = memoryview(array.array("h", [1729])).cast("B").cast("h", [])
print(v == h, v == memoryview(array.array("L", [1729])))
