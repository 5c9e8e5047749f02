# Found by tests/fuzz: bytearray's repr escapes ' even when it picks double quotes; bytes' repr does not.
for data in [b"'", b"a'b", b'"', b'\'"', b"it's", b'']:
    print(repr(bytes(data)), repr(bytearray(data)), str(bytearray(data)))
    print([bytearray(data)], (bytearray(data),))
