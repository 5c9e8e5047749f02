# bytearray supports the bytes methods and returns bytearrays from them.
ba = bytearray(b"  Hello, World  ")
print(ba.strip(), ba.upper(), ba.lower(), ba.replace(b"l", b"L"), ba.split(b","))
print(ba.find(b"World"), ba.count(b"l"), ba.index(b"H"), ba.startswith(b"  H"), ba.endswith(b" "))
print(ba.hex(), bytearray(b"\x01\x02").hex(":"), ba.strip().decode())
print(bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray.fromhex("ff 00"))
print(type(ba.strip()).__name__, type(ba.split()[0]).__name__)
print(ba == b"  Hello, World  ", b"x" + bytearray(b"y"), bytearray(b"ab") * 2, b"l" in ba, 72 in ba)
