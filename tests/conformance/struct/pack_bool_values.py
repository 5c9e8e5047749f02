# '?' packs the truth value of anything as one byte; unpacking maps any non-zero byte to True.
import struct

false_values = ((), [], '', 0, 0.0, b'', None, False)
true_values = ([1], 'test', 5, -1, 0xffffffff + 1, 0xffffffff / 2, b'\0', (0,), True, 2 ** 100)
for prefix in ['', '<', '>', '!', '=']:
    packed = struct.pack(prefix + '?' * len(false_values), *false_values)
    print(repr(prefix), packed, struct.unpack(prefix + '?' * len(false_values), packed))
    packed = struct.pack(prefix + '?' * len(true_values), *true_values)
    print(repr(prefix), packed, struct.unpack(prefix + '?' * len(true_values), packed))
    print(struct.calcsize(prefix + '?'))
for c in [b'\x01', b'\x7f', b'\xff', b'\x0f', b'\xf0', b'\x00']:
    print(c, struct.unpack('>?', c))
