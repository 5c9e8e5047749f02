# cast accepts format and shape by keyword.
m = memoryview(bytes(range(12)))
print(m.cast(format="B").shape)
print(m.cast("B", shape=[3, 4]).shape)
print(m.cast(shape=[2, 6], format="B").shape)
print(m.cast(format="h", shape=(2, 3)).tolist())
print(m.cast("i", shape=[3]).shape)
try:
    m.cast("B", [12], shape=[12])
except TypeError as e:
    print("TypeError", e)
