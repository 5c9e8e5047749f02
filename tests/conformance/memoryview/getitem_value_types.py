# The Python type of one item per format.
import struct
for fmt in ["b", "B", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P",
            "@B", "@i", "@d", "@?"]:
    m = memoryview(bytearray(struct.calcsize(fmt) * 2)).cast(fmt)
    print(fmt, type(m[0]).__name__, repr(m[1]))
