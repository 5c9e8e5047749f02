# Found by tests/fuzz: standard-size 'q'/'Q' (_PyLong_AsByteArray) write the low eight bytes of a value
# that does not fit before struct.error is raised, so pack_into leaves them in the buffer.
import struct
for fmt, value in [('>q', 2**64 + 5), ('<q', 2**63), ('!q', -2**63 - 1), ('=Q', 2**64 + 258), ('<Q', -1),
                   ('>Q', 2**70 + 7), ('q', 2**64 + 5), ('@Q', 2**64), ('<i', 2**40), ('>l', 2**33), ('<q', 1.5)]:
    buf = bytearray(b'\xaa' * 12)
    try:
        struct.pack_into(fmt, buf, 2, value)
        print(fmt, 'ok', buf.hex())
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e, buf.hex())
buf = bytearray(b'\xaa' * 14)
try:
    struct.pack_into('<hqh', buf, 0, 1, 2**64 + 3, 4)
except struct.error as e:
    print(e, buf.hex())
for fmt, value in [('>q', 2**63), ('<q', 2**64 + 5), ('!Q', -5), ('>q', -2**70 - 1), ('>Q', 2**64 + 2**63 + 9)]:
    buf = bytearray(b'\xaa' * 12)
    try:
        struct.pack_into(fmt, buf, 2, value)
    except struct.error as e:
        print(fmt, value, buf.hex())
m = memoryview(bytearray(10))
try:
    struct.pack_into('>2sQ', m, 0, b'zz', 2**64 + 0x0102)
except struct.error as e:
    print(e, m.hex())
