# hex() returns two lowercase hex digits per byte in memory order.
import array
print(memoryview(b"\x00\x01\xab\xff").hex())
print(memoryview(bytearray(b"hello")).hex())
print(memoryview(b"").hex(), repr(memoryview(b"").hex()))
a = array.array("H", [0x1234, 0xABCD])
print(memoryview(a).hex() == a.tobytes().hex(), len(memoryview(a).hex()))
print(type(memoryview(b"a").hex()).__name__)
