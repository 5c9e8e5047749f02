# The rvalue's format and itemsize must match; '@' prefixes are ignored.
import array
m = memoryview(bytearray(8))
for value in [array.array("b", [1] * 8), memoryview(bytearray(8)).cast("c"), array.array("h", [1] * 4),
              memoryview(bytearray(b"12345678")).cast("@B"), array.array("B", range(8)), memoryview(bytes(8)).cast("B", [2, 4])]:
    try:
        m[:] = value
        print("ok", m.tolist())
    except ValueError as e:
        print("ValueError", e)
i = memoryview(array.array("i", [0, 0]))
for value in [array.array("i", [5, 6]), array.array("I", [5, 6]), array.array("f", [5, 6]), memoryview(bytearray(8)).cast("@i")]:
    try:
        i[:] = value
        print("ok", i.tolist())
    except ValueError as e:
        print("ValueError", e)
