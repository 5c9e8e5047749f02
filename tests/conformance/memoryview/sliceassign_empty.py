# Empty slices accept empty buffers of the same format, from any exporter.
import array
b = bytearray(b"abc")
m = memoryview(b)
for value in [b"", bytearray(), memoryview(b""), array.array("B"), m[1:1]]:
    m[2:2] = value
    m[3:] = value
print(b)
for value in [array.array("b"), array.array("i"), memoryview(b"").cast("c")]:
    try:
        m[1:1] = value
        print("ok")
    except ValueError as e:
        print("ValueError", e)
