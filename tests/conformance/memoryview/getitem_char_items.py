# Items of format 'c' are new bytes objects of length one, equal to slices of the exporter.
b = b"a\x00\xff"
c = memoryview(b).cast("c")
print([c[i] == b[i:i + 1] for i in range(3)], [len(c[i]) for i in range(3)], type(c[0]).__name__)
print(c[-1], c[::-1].tolist(), c[1:].tobytes())
