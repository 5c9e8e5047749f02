# hex() always shows the bytes in memory order, whatever the format.
import array
a = array.array("I", [0x01020304, 0xAABBCCDD])
m = memoryview(a)
print(m.hex() == a.tobytes().hex(), m.cast("B").hex() == m.hex(), m.cast("B", [2, 4]).hex() == m.hex())
print(m[::-1].hex() == (a[1:].tobytes() + a[:1].tobytes()).hex(), m.hex(":", 4) == m.cast("B").hex(":", 4))
