# bytes inside str formatting show their repr.
b = b"data\x00"
print(f"{b}", f"{b!r}", str(b), "{}".format(b))
print([b, bytearray(b)], (b,), {b"k": b"v"})
print(f"{str(b'x'):>8}|")
