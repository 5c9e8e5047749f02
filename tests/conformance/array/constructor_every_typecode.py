# An empty array of every typecode: typecode, itemsize, repr, len and truth.
import array

for code in array.typecodes:
    a = array.array(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a), bool(a))
print(array.typecodes)
print(type(array.typecodes).__name__, len(array.typecodes))
