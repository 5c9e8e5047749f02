# int.to_bytes with lengths, byte orders and signedness.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "big"))
print((255).to_bytes(1, "big"), (-1).to_bytes(1, "big", signed=True))
print((-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "little", signed=True))
print((-1).to_bytes(8, "little", signed=True))
print((2**64 - 1).to_bytes(8, "big"))
print((2**100).to_bytes(13, "big"))
print((65).to_bytes(), (65).to_bytes(length=2, byteorder="little"))
print((0x1234).to_bytes(4, byteorder="big"))
n = 123456789
print(int.from_bytes(n.to_bytes(8, "little"), "little") == n)
cases = [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True),
         (-129, 1, "little", True), (1, -1, "big", False), (1, 1, "sideways", False),
         (2**64, 8, "big", False)]
for value, length, order, signed in cases:
    try:
        print(value.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(value, length, type(e).__name__, e)
