# Out-of-range integers in standard mode use the standard sizes in the message ('l' is 4 bytes).
import struct

for prefix in '<>=!':
    for code in 'bBhHiIlLqQ':
        fmt = prefix + code
        bits = struct.calcsize(fmt) * 8
        try:
            struct.pack(fmt, 1 << bits)
        except struct.error as e:
            print(fmt, e)
        try:
            struct.pack(fmt, -(1 << bits))
        except struct.error as e:
            print(fmt, 'negative:', e)
