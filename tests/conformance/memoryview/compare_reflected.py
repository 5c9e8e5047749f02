# Exporters on the left defer to the view's comparison.
import array
m = memoryview(b"\x01\x02")
print(b"\x01\x02" == m, bytearray(b"\x01\x02") == m, array.array("B", [1, 2]) == m, array.array("h", [1, 2]) == m)
print(b"\x01\x03" != m, array.array("b", [1, 2]) != m, m.__eq__(b"\x01\x02"), m.__eq__("x"), m.__ne__(1))
print(array.array("d", [1.0, 2.0]) == memoryview(array.array("i", [1, 2])))
