# Stepped and reversed views compare by logical items (test_memoryview_compare_ndim_one).
import array
v = memoryview(array.array("h", [-529, -625, -729]))
w = memoryview(array.array("h", [-529, 576, -625, 676, -729]))
print(v == w[::2], w[::2] == v, v[::-1] == w[::-2], v == w, v != w)
x = memoryview(array.array("l", [-529, 576, -625, 676, -729]))
print(v == x[::2], v[::-1] == x[::-2], w[1::2] == x[1::2], w[1::2] == array.array("i", [576, 676]))
