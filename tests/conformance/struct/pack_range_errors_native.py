# Out-of-range integers in native mode: "'x' format requires lo <= number <= hi".
import struct

for code in 'bBhHiIlLqQnN':
    size = struct.calcsize(code)
    for value in [-(1 << 70), -(1 << (8 * size - 1)) - 1, 1 << (8 * size), 1 << 70, -1]:
        try:
            struct.pack(code, value)
            print(code, value, 'ok')
        except struct.error as e:
            print(code, e)
