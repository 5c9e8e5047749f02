# Found by tests/fuzz: standard 'f' refuses a finite value too big for a float before writing it, so
# pack_into leaves zeros (not infinity) in that field; the fields before it stay written.
import struct
for fmt in ['=3f', '<3f', '>3f', '!f2f']:
    buf = bytearray(b'\xaa' * 16)
    try:
        struct.pack_into(fmt, buf, 2, 2**70, 1e300, 0.1)
    except (OverflowError, struct.error) as e:
        print(fmt, type(e).__name__, e, buf.hex())
buf = bytearray(b'\xaa' * 8)
try:
    struct.pack_into('<ff', buf, 0, 1.5, 2**300)
except (OverflowError, struct.error) as e:
    print(type(e).__name__, e, buf.hex())
