# Every integer code around every power of two: in range packs and round-trips, out of range raises.
import struct

results = []
for code in 'bBhHiIlLqQnN':
    for prefix in ['', '@', '=', '<', '>', '!']:
        if prefix not in ('', '@') and code in 'nN':
            continue
        fmt = prefix + code
        size = struct.calcsize(fmt)
        bits = size * 8
        signed = code in 'bhilqn'
        lo = -(1 << (bits - 1)) if signed else 0
        hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        packed_count = 0
        errors = 0
        for exp in range(bits + 3):
            for base in [-(1 << exp), 1 << exp]:
                for x in [base - 1, base, base + 1]:
                    try:
                        got = struct.pack(fmt, x)
                        if struct.unpack(fmt, got) != (x,) or not lo <= x <= hi:
                            print('mismatch', fmt, x)
                        packed_count += 1
                    except struct.error:
                        if lo <= x <= hi:
                            print('unexpected error', fmt, x)
                        errors += 1
        print(fmt, size, packed_count, errors)
