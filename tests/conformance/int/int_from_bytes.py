# int.from_bytes with both byte orders, signed and unsigned.
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes(b"\x00" * 10 + b"\x01", "big"))
print(int.from_bytes(b"\xff" * 16, "little"))
print(int.from_bytes(b"\xff" * 16, "little", signed=True))
print(int.from_bytes(bytearray(b"\x12\x34"), "big"))
print(int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01\x02", byteorder="little"))
print(int.from_bytes(b"\x01\x02"))
for args in [("ab", "big"), (b"\x01", "middle"), (5, "big"), ([256], "big")]:
    try:
        print(int.from_bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
