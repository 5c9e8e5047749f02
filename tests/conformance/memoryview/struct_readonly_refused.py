# pack_into needs a writable buffer; read-only views are refused.
import struct
for target in [memoryview(b"\x00" * 4), memoryview(bytearray(4)).toreadonly(), b"\x00" * 4]:
    try:
        struct.pack_into("<i", target, 0, 1)
        print("packed")
    except TypeError as e:
        print("TypeError", e)
