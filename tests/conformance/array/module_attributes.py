# The array module: its class under two names, the typecodes, and the types' names.
import array
from array import array as arr, typecodes

print(array.ArrayType is array.array, arr is array.array)
print(typecodes, array.typecodes == typecodes)
print(array.array)
print(array.array.__name__)
print(type(array.array('i')).__name__)
print(type(array.array('i')) is array.array)
print(isinstance(array.array('d'), array.array))
it = iter(array.array('i', [1]))
print(type(it).__name__)
print(type(it))
print(sorted(typecodes))
