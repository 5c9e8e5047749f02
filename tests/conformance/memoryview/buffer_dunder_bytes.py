# bytes.__buffer__(flags) returns a read-only memoryview of the bytes (PEP 688).
b = b"ab"
v = b.__buffer__(0)
print(type(v).__name__, v.obj is b, v.readonly, v.tolist(), v.format)
try:
    b.__buffer__(1)
except BufferError as e:
    print("BufferError", e)
print(hasattr(b, "__buffer__"), hasattr(b, "__release_buffer__"))
v.release()
