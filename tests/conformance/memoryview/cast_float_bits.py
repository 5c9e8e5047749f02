# Casting doubles to bytes shows their IEEE 754 representation (native byte order).
import array, sys
a = array.array("d", [1.0, -2.0, 0.5])
raw = memoryview(a).cast("B")
first = raw[:8].tolist()
print(first if sys.byteorder == "little" else first[::-1])
raw[7 if sys.byteorder == "little" else 0] ^= 0x80
print(a)
f = memoryview(bytearray(4)).cast("f")
f[0] = 1.0
print(f.cast("B").tolist() == list(array.array("f", [1.0]).tobytes()))
