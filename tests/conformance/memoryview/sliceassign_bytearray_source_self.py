# The exporter itself can be the rvalue of a slice assignment on its own view.
b = bytearray(b"abcdef")
m = memoryview(b)
m[:] = b
print(b)
m[::-1] = bytes(b)
print(b)
try:
    m[1:] = b
except ValueError as e:
    print("ValueError", e)
