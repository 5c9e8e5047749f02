# Format errors: unknown characters, dangling counts, prefixes in the wrong place, n/N/P in standard mode.
import struct

def attempt(fmt):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error:', e)

for fmt in ['Z', 'z', 'iZ', 'u', 'w', 'r', '3', 'i3', '12345', 'c12345', '14s42', 'i<', '<<i', '@@i',
            '<n', '=N', '>P', '!n', '@n', 'n', 'N', 'P', '<e', '-1i', '+i', '3.5i', '#', '%', '*']:
    attempt(fmt)
