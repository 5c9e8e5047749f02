# 'e' rounds to nearest even, straight from the double (no double rounding through float).
import struct

cases = [
    (b'\x00\x01', 2.0 ** -25 + 2.0 ** -35),
    (b'\x00\x00', 2.0 ** -25),
    (b'\x00\x00', 2.0 ** -26),
    (b'\x03\xff', 2.0 ** -14 - 2.0 ** -24),
    (b'\x03\xff', 2.0 ** -14 - 2.0 ** -25 - 2.0 ** -65),
    (b'\x04\x00', 2.0 ** -14 - 2.0 ** -25),
    (b'\x04\x00', 2.0 ** -14),
    (b'\x3c\x01', 1.0 + 2.0 ** -11 + 2.0 ** -16),
    (b'\x3c\x00', 1.0 + 2.0 ** -11),
    (b'\x3c\x00', 1.0 + 2.0 ** -12),
    (b'\x7b\xff', 65504),
    (b'\x7b\xff', 65519),
    (b'\x80\x01', -2.0 ** -25 - 2.0 ** -35),
    (b'\x80\x00', -2.0 ** -25),
    (b'\x80\x00', -2.0 ** -26),
    (b'\xbc\x01', -1.0 - 2.0 ** -11 - 2.0 ** -16),
    (b'\xbc\x00', -1.0 - 2.0 ** -11),
    (b'\xbc\x00', -1.0 - 2.0 ** -12),
    (b'\xfb\xff', -65519),
    (b'\x67\xff', 0x1ffdffffff * 2 ** -26),
    (b'\x3c\x01', 1.0 + 2.0 ** -11 + 2.0 ** -40),
]
for bits, f in cases:
    got = struct.pack('>e', f)
    print(f, got, got == bits)
