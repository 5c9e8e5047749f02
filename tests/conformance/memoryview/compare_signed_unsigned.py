# Signedness matters: the same bytes read as different values compare unequal.
raw = bytes([255, 1])
print(memoryview(raw).cast("b") == memoryview(raw).cast("B"), memoryview(raw).cast("b") == memoryview(raw).cast("b"))
print(memoryview(raw).cast("h") == memoryview(raw).cast("H"), memoryview(bytes([1, 0])).cast("h") == memoryview(bytes([1, 0])).cast("H"))
print(memoryview(raw).cast("b").tolist(), memoryview(raw).cast("B").tolist())
