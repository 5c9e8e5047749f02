# A with block is the usual way to hold an export for a limited time.
b = bytearray(b"abc")
with memoryview(b) as m:
    m[0] = ord("A")
    try:
        b.extend(b"def")
    except BufferError as e:
        print("BufferError", e)
b.extend(b"def")
print(b)
