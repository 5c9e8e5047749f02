# Values that round beyond the largest half float raise OverflowError (not struct.error).
import struct

for fmt in ['>e', '<e', 'e']:
    for value in [65520.0, 65536.0, 1e300, -65520.0, -65536.0, -1e300, 65519.99]:
        try:
            print(fmt, value, struct.pack(fmt, value))
        except OverflowError as e:
            print(fmt, value, type(e).__name__, e)
for value in [2 ** 20, 2 ** 200, 2 ** 1024, -(2 ** 1024)]:
    try:
        struct.pack('<e', value)
    except Exception as e:
        print(type(e).__name__, e)
print(struct.pack('<e', float('inf')), struct.pack('>e', float('-inf')))
